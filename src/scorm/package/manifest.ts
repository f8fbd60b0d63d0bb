/**
 * imsmanifest.xml for a Candystorm package: one organization, one item and one SCO per module
 * (its lesson page), and one shared asset resource (scripts, sounds, the help pages). Written for
 * SCORM 1.2 (IMS Content Packaging 1.1.2, ADL CP 1.2) or SCORM 2004 4th Edition (IMS CP 1.1.4,
 * ADL CP 1.3), with LOM metadata (title, description, language) inline. Pure string building;
 * every text goes through `escapeXml`.
 */
import type { ScormVersion } from '../limits.ts';

export interface ManifestSco {
  /** XML id part, letters/digits/`-` (e.g. `m4`). */
  key: string;
  title: string;
  description: string;
  /** The lesson page, package-relative. */
  href: string;
}

export interface ManifestInput {
  version: ScormVersion;
  /** The package's identifier (unique per package a trainer uploads, e.g. `candystorm-m4-de`). */
  identifier: string;
  title: string;
  description: string;
  lang: 'de' | 'en';
  scos: readonly ManifestSco[];
  /** Every file of the package but the manifest and the SCO pages. */
  assets: readonly string[];
}

/** Escapes text for XML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const files = (paths: readonly string[], indent: string) => paths.map((p) => `${indent}<file href="${escapeXml(p)}"/>`).join('\n');

function lom(version: ScormVersion, input: Pick<ManifestInput, 'title' | 'description' | 'lang'>, indent: string): string {
  // 1.2 uses the IMS metadata namespace, 2004 the IEEE LOM one; the shape is the same.
  const ns = version === '1.2' ? 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1' : 'http://ltsc.ieee.org/xsd/LOM';
  const text = (s: string) => (version === '1.2' ? `<langstring xml:lang="${input.lang}">${escapeXml(s)}</langstring>` : `<string language="${input.lang}">${escapeXml(s)}</string>`);
  return [
    `${indent}<lom xmlns="${ns}">`,
    `${indent}  <general>`,
    `${indent}    <title>${text(input.title)}</title>`,
    `${indent}    <language>${input.lang}</language>`,
    `${indent}    <description>${text(input.description)}</description>`,
    `${indent}  </general>`,
    `${indent}</lom>`,
  ].join('\n');
}

/** The manifest's XML text. */
export function buildManifest(input: ManifestInput): string {
  const v12 = input.version === '1.2';
  const namespaces = v12
    ? 'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"'
    : 'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss"';
  const scormType = v12 ? 'adlcp:scormtype' : 'adlcp:scormType';
  const items = input.scos
    .map((sco) => [`      <item identifier="item-${sco.key}" identifierref="res-${sco.key}">`, `        <title>${escapeXml(sco.title)}</title>`, `      </item>`].join('\n'))
    .join('\n');
  const resources = input.scos
    .map((sco) =>
      [
        `    <resource identifier="res-${sco.key}" type="webcontent" ${scormType}="sco" href="${escapeXml(sco.href)}">`,
        `      <metadata>`,
        lom(input.version, { ...sco, lang: input.lang }, '        '),
        `      </metadata>`,
        `      <file href="${escapeXml(sco.href)}"/>`,
        `      <dependency identifierref="res-shared"/>`,
        `    </resource>`,
      ].join('\n'),
    )
    .join('\n');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<manifest identifier="${escapeXml(input.identifier)}" version="1" ${namespaces}>`,
    `  <metadata>`,
    `    <schema>ADL SCORM</schema>`,
    `    <schemaversion>${v12 ? '1.2' : '2004 4th Edition'}</schemaversion>`,
    lom(input.version, input, '    '),
    `  </metadata>`,
    `  <organizations default="org">`,
    `    <organization identifier="org">`,
    `      <title>${escapeXml(input.title)}</title>`,
    items,
    `    </organization>`,
    `  </organizations>`,
    `  <resources>`,
    resources,
    `    <resource identifier="res-shared" type="webcontent" ${scormType}="asset">`,
    files(input.assets, '      '),
    `    </resource>`,
    `  </resources>`,
    `</manifest>`,
    '',
  ].join('\n');
}
