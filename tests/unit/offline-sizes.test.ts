/**
 * The "save for offline" buttons show what their pages transfer: the build fills the empty size
 * slots with the sum of the pages' brotli twins, in the page's language.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillSizes, formatSize, transferSize } from '../../src/build/offline-sizes.mjs';

const client = mkdtempSync(join(tmpdir(), 'offline-sizes-'));
afterAll(() => rmSync(client, { recursive: true, force: true }));
mkdirSync(join(client, 'module', 'a'), { recursive: true });
mkdirSync(join(client, 'module', 'b'), { recursive: true });
writeFileSync(join(client, 'module', 'a', 'index.html'), 'x'.repeat(400_000));
writeFileSync(join(client, 'module', 'a', 'index.html.br'), 'x'.repeat(61_400));
writeFileSync(join(client, 'module', 'b', 'index.html'), 'y'.repeat(2_000));

describe('offline sizes', () => {
  it('counts a page by its brotli twin when there is one, else by the file', () => {
    expect(transferSize(client, '/module/a/')).toBe(61_400);
    expect(transferSize(client, '/module/b/')).toBe(2_000);
  });

  it('refuses a page the build did not make, naming it', () => {
    expect(() => transferSize(client, '/module/missing/')).toThrow(/\/module\/missing\//);
  });

  it('writes kilobytes and megabytes in the page’s language', () => {
    expect(formatSize(61_400, 'de')).toBe('61 KB');
    expect(formatSize(1_250_000, 'de')).toBe('1,3 MB');
    expect(formatSize(1_250_000, 'en')).toBe('1.3 MB');
    expect(formatSize(10, 'en')).toBe('1 KB');
  });

  it('fills every empty slot with the sum of its pages and leaves the rest of the page alone', () => {
    const html = `<html lang="en"><body><p>before</p><span class="s" data-offline-size-of="[&quot;/module/a/&quot;]"></span>
<span data-offline-size-of="[&quot;/module/a/&quot;,&quot;/module/b/&quot;]"></span><p>after</p></body></html>`;
    const filled = fillSizes(html, (url) => transferSize(client, url));
    expect(filled).toContain('data-offline-size-of="[&quot;/module/a/&quot;]">61 KB</span>');
    expect(filled).toContain('&quot;/module/b/&quot;]">63 KB</span>');
    expect(filled.replace(/>\d+ KB</g, '><')).toBe(html);
  });
});
