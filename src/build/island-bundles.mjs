// @ts-check
/**
 * Two islands' scripts, each one chunk without imports: lesson pages load
 * src/islands/hydrate-lesson-islands.ts (the islands a lesson uses), every other page with an
 * island src/islands/hydrate-islands.ts (all islands). Both need React; Rollup puts a module that
 * two entries import into a chunk of its own, which the page would then fetch as a second request.
 * So this plugin gives every module reached from hydrate-islands.ts a copy of its own: it resolves
 * the import as usual and adds a query to the id, so the bundler sees two separate module graphs,
 * shares nothing, and builds two self-contained chunks that the build inlines (astro.config.mjs).
 * The copy costs only build time; each page still runs exactly one copy.
 * Imports that already carry a query (`?url`, `?worker` …) and virtual modules (the bundler's
 * CommonJS helpers) cannot be copied that way and end up in a small chunk both scripts import;
 * generateBundle writes that chunk into each islands' script instead (inlineSharedChunks), so each
 * stays one chunk without imports, which Astro inlines.
 */
const ISLANDS_SCRIPT = /(React|Lesson)Island\.astro\?astro&type=script/;
const ALL_ISLANDS_ENTRY = /[\\/]src[\\/]islands[\\/]hydrate-islands\.ts$/;
const COPY = 'islands-copy';
const COPY_QUERY = new RegExp(`[?&]${COPY}$`);

/** @param {string} id */
const inCopiedGraph = (id) => ALL_ISLANDS_ENTRY.test(id) || COPY_QUERY.test(id);

/** @returns {import('vite').Plugin} */
export function separateIslandBundles() {
  return {
    name: 'candystorm:separate-island-bundles',
    apply: 'build',
    // Before Vite's own resolvers, which it asks itself through this.resolve.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // The browser build only: the server renders the islands from one shared graph.
      const ssr = options?.ssr || (this.environment !== undefined && this.environment.config.consumer !== 'client');
      if (ssr || !importer || !inCopiedGraph(importer)) return null;
      const resolved = await this.resolve(source, importer.replace(COPY_QUERY, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.startsWith('\0') || resolved.id.includes('?')) return resolved;
      return { ...resolved, id: `${resolved.id}?${COPY}` };
    },
    generateBundle(_options, bundle) {
      if (this.environment !== undefined && this.environment.config.consumer !== 'client') return;
      inlineSharedChunks(bundle);
    },
  };
}

/**
 * For each islands' script that imports a chunk of plain code (no imports of its own), puts that
 * chunk's code inside the script in place of the import, in a function scope of its own so its
 * names cannot clash, and drops the chunk when nothing imports it any more.
 * Throws when the code does not have the shape this expects: a build that would ship the islands'
 * script as files (a second request) must fail loudly, not quietly.
 * @param {import('rolldown').OutputBundle} bundle
 */
export function inlineSharedChunks(bundle) {
  const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
  for (const script of chunks.filter((c) => c.isEntry && c.facadeModuleId !== null && ISLANDS_SCRIPT.test(c.facadeModuleId))) {
    for (const fileName of [...script.imports]) {
      const shared = bundle[fileName];
      if (shared?.type !== 'chunk' || shared.imports.length > 0 || shared.dynamicImports.length > 0) {
        throw new Error(`candystorm:separate-island-bundles: ${script.fileName} imports ${fileName}, which cannot be inlined`);
      }
      script.code = withChunkInlined(script.code, fileName, shared.code);
      script.imports = script.imports.filter((f) => f !== fileName);
      if (!chunks.some((c) => c.imports.includes(fileName) || c.dynamicImports.includes(fileName))) delete bundle[fileName];
    }
  }
}

const NAMES = /^\s*([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/;

/** `{a as b, c}` -> [[a, b], [c, c]] @param {string} list @param {string} where @returns {[string, string][]} */
function namePairs(list, where) {
  return list.split(',').filter((s) => s.trim()).map((item) => {
    const m = NAMES.exec(item);
    if (!m) throw new Error(`candystorm:separate-island-bundles: cannot read "${item}" in ${where}`);
    return /** @type {[string, string]} */ ([m[1], m[2] ?? m[1]]);
  });
}

/**
 * `import{i as e}from"./shared.js";…` with shared.js = `var c=…;export{c as i};` becomes
 * `const{i:e}=(()=>{var c=…;return{i:c}})();…`.
 * @param {string} code @param {string} fileName @param {string} sharedCode
 */
export function withChunkInlined(code, fileName, sharedCode) {
  const base = fileName.split('/').at(-1)?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const importStatement = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["'\`]\\./${base}["'\`];?`, 'g');
  const imports = [...code.matchAll(importStatement)];
  const exportStatement = /export\s*\{([^}]*)\}\s*;?\s*$/;
  const exported = exportStatement.exec(sharedCode);
  if (imports.length !== 1 || !exported) throw new Error(`candystorm:separate-island-bundles: unexpected import of ${fileName} or its exports`);
  const exports = namePairs(exported[1] ?? '', fileName).map(([local, name]) => `${name}:${local}`);
  const bindings = namePairs(imports[0]?.[1] ?? '', fileName).map(([name, local]) => `${name}:${local}`);
  const body = sharedCode.slice(0, exported.index);
  return code.replace(importStatement, () => `const{${bindings.join(',')}}=(()=>{${body}\nreturn{${exports.join(',')}}})();`);
}
