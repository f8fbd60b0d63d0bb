import { describe, expect, test } from 'vitest';
import { inlineSharedChunks, withChunkInlined } from '../../src/build/island-bundles.mjs';

// The islands' scripts must each stay one chunk without imports (one request per lesson): the
// bundler's small shared chunk is written into each script, with the same meaning.
const shared = 'var e=Object.create,t=(a,b)=>a+b,u=`/_astro/w.js`;export{t as i,u as n,e};';

describe('withChunkInlined', () => {
  test('the script keeps its behaviour without the import', () => {
    const code = 'import{i as e,n as t,e as c}from"./shared.B1.js";var r=e(2,3);globalThis.out=[r,t,typeof c];';
    const inlined = withChunkInlined(code, 'shared.B1.js', shared);
    expect(inlined).not.toMatch(/\bimport\b/);
    const scope: { out?: unknown } = {};
    new Function('globalThis', inlined)(scope);
    expect(scope.out).toEqual([5, '/_astro/w.js', 'function']);
  });

  test('code of another shape is refused, not shipped half-inlined', () => {
    expect(() => withChunkInlined('import*as s from"./shared.B1.js";', 'shared.B1.js', shared)).toThrow(/unexpected import/);
    expect(() => withChunkInlined('import{i}from"./shared.B1.js";', 'shared.B1.js', 'var x=1;export default x;')).toThrow(/unexpected import/);
  });
});

describe('inlineSharedChunks', () => {
  const chunk = (fileName: string, code: string, imports: string[], facadeModuleId: string | null) => ({
    type: 'chunk' as const, fileName, code, imports, dynamicImports: [] as string[], isEntry: facadeModuleId !== null, facadeModuleId,
  });

  test('both islands scripts lose the import and the shared chunk is dropped', () => {
    const bundle: Record<string, ReturnType<typeof chunk>> = {
      'a.js': chunk('a.js', 'import{i as f}from"./s.js";f(1,2);', ['s.js'], '/x/src/islands/LessonIsland.astro?astro&type=script&index=0&lang.ts'),
      'b.js': chunk('b.js', 'import{i as g}from"./s.js";g(3,4);', ['s.js'], '/x/src/islands/ReactIsland.astro?astro&type=script&index=0&lang.ts'),
      's.js': chunk('s.js', shared, [], null),
    };
    inlineSharedChunks(bundle as never);
    expect(Object.keys(bundle).sort()).toEqual(['a.js', 'b.js']);
    expect(bundle['a.js']!.imports).toEqual([]);
    expect(bundle['b.js']!.code).not.toMatch(/\bimport\b/);
  });

  test('a shared chunk that imports further chunks fails the build', () => {
    const bundle = {
      'a.js': chunk('a.js', 'import{i}from"./s.js";', ['s.js'], '/x/src/islands/LessonIsland.astro?astro&type=script&index=0&lang.ts'),
      's.js': chunk('s.js', 'import"./t.js";export{};', ['t.js'], null),
    };
    expect(() => inlineSharedChunks(bundle as never)).toThrow(/cannot be inlined/);
  });
});
