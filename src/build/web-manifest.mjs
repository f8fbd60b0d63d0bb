// @ts-check
/**
 * The web app manifest and its icons, made at build time so the colours and the logo come from
 * one source each: the design tokens in src/styles/global.css and the logo in public/favicon.svg.
 * Browsers need PNG icons of 192 and 512 px to offer installation; sharp (Astro's image library)
 * renders them from the SVG.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * A colour token's light value (the first declaration of `--name`) from a stylesheet.
 * @param {string} css
 * @param {string} name
 */
export function tokenColour(css, name) {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,8})\\b`).exec(css);
  if (!match?.[1]) throw new Error(`web manifest: the design token --${name} has no hex colour in global.css`);
  return match[1];
}

/**
 * The manifest's content: German is the site's default language and lives at the root.
 * @param {{ theme: string; background: string }} colours
 */
export function webManifest({ theme, background }) {
  return {
    name: 'Candystorm – Antworten üben, die Konflikte abkühlen',
    short_name: 'Candystorm',
    description: 'Üben, auf wütende Kommentare so zu antworten, dass Streit abkühlt.',
    lang: 'de',
    dir: 'ltr',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: theme,
    background_color: background,
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

/**
 * Writes manifest.webmanifest and the PNG icons into the built client folder.
 * @param {string} client dist/client
 * @param {string} root the project root
 */
export async function writeWebManifest(client, root) {
  const css = await readFile(join(root, 'src', 'styles', 'global.css'), 'utf8');
  const colours = { theme: tokenColour(css, 'accent'), background: tokenColour(css, 'paper') };
  await writeFile(join(client, 'manifest.webmanifest'), `${JSON.stringify(webManifest(colours), null, 2)}\n`);
  const logo = await readFile(join(client, 'favicon.svg'));
  const { mkdir } = await import('node:fs/promises');
  await mkdir(join(client, 'icons'), { recursive: true });
  for (const size of [192, 512]) {
    await sharp(logo, { density: 72 * (size / 48) }).resize(size, size).png().toFile(join(client, 'icons', `icon-${size}.png`));
  }
  // Maskable: the logo inside the safe zone (80 % circle) on the page colour, as launchers crop.
  const inner = await sharp(logo, { density: 72 * (320 / 48) }).resize(320, 320).png().toBuffer();
  await sharp({ create: { width: 512, height: 512, channels: 4, background: colours.background } })
    .composite([{ input: inner, gravity: 'center' }])
    .png()
    .toFile(join(client, 'icons', 'maskable-512.png'));
}
