// @ts-check
/**
 * Compresses the built site once, at the highest levels, instead of on every request: each text
 * file in dist/client gets a `.br` (brotli 11) and a `.gz` (gzip 9) twin, which the server sends
 * to browsers that accept them (src/server/http/static-files.ts). Brotli at its top level is too
 * slow to run per request but shrinks a lesson page a sixth below gzip.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images and sounds are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.xml', '.txt', '.webmanifest']);
/** Below this, headers cost more than compression saves. */
const MIN_BYTES = 512;

/**
 * Writes the twins of every compressible file under `dir`; returns how many files it compressed.
 * Runs on libuv's thread pool, so all cores share the work.
 * @param {string} dir
 */
export async function precompressFolder(dir) {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name));
  return precompressFiles(files);
}

/**
 * Writes (or rewrites) the twins of the given files that are worth compressing; returns how many.
 * A later build step that changes a file after the folder was compressed calls this for it.
 * @param {readonly string[]} candidates
 */
export async function precompressFiles(candidates) {
  const files = candidates.filter((file) => COMPRESSIBLE.has(extname(file)) && statSync(file).isFile() && statSync(file).size >= MIN_BYTES);
  await Promise.all(
    files.map(async (file) => {
      const source = await readFile(file);
      const brotli = await brotliAsync(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_LGWIN]: 24,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        },
      });
      await writeFile(`${file}.br`, brotli);
      await writeFile(`${file}.gz`, await gzipAsync(source, { level: 9 }));
    }),
  );
  return files.length;
}

/** @returns {import('astro').AstroIntegration} */
export function precompress() {
  return {
    name: 'candystorm:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const folder = fileURLToPath(dir);
        const started = performance.now();
        const files = await precompressFolder(folder);
        logger.info(`${files} files compressed (brotli 11, gzip 9) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
