/**
 * The web app manifest takes its colours from the design tokens and lists what browsers need to
 * offer installation (name, start URL, standalone display, 192 and 512 px PNG icons, a maskable one).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenColour, webManifest } from '../../src/build/web-manifest.mjs';

const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css'), 'utf8');

describe('web manifest', () => {
  it('reads a token’s first (light) hex value and refuses a missing one by name', () => {
    expect(tokenColour(':root{--paper: #ffffff; --paper-soft: #f5f3f8}', 'paper')).toBe('#ffffff');
    expect(() => tokenColour(':root{}', 'accent')).toThrow(/--accent/);
  });

  it('uses the accent and paper tokens of global.css', () => {
    const manifest = webManifest({ theme: tokenColour(css, 'accent'), background: tokenColour(css, 'paper') });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{3,8}$/i);
    expect(css).toContain(`--accent: ${manifest.theme_color}`);
    expect(css).toContain(`--paper: ${manifest.background_color}`);
  });

  it('has what installation needs', () => {
    const manifest = webManifest({ theme: '#000000', background: '#ffffff' });
    expect(manifest).toMatchObject({ short_name: 'Candystorm', start_url: '/', scope: '/', display: 'standalone' });
    const png = manifest.icons.filter((i) => i.type === 'image/png');
    expect(png.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });
});
