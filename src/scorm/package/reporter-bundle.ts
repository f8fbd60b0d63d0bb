/**
 * Bundles the SCORM reporter (src/scorm/reporter/main.ts) into one classic script with esbuild
 * (a dependency of Astro, so present wherever the site is built and served). Kept in memory per
 * process: the trainer's download builds it once.
 */
import { join } from 'node:path';

const cache = new Map<string, Promise<string>>();

/** The reporter as one minified script, for the project in `root`. */
export function bundleReporter(root: string): Promise<string> {
  let bundle = cache.get(root);
  if (!bundle) {
    bundle = (async () => {
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: [join(root, 'src', 'scorm', 'reporter', 'main.ts')],
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2020',
        minify: true,
        write: false,
        legalComments: 'none',
      });
      return result.outputFiles[0]!.text;
    })();
    bundle.catch(() => cache.delete(root));
    cache.set(root, bundle);
  }
  return bundle;
}
