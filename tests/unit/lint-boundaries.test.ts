/**
 * The linter's boundary rules (eslint.config.js) are the architecture's enforcement: each row lints a
 * small sample as if it lived at `file` and expects the named rule to fire, or nothing to fire.
 * If a rule is loosened by accident, a row here fails.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesFired(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const cases: { file: string; code: string; fires: string | null; why: string }[] = [
  { file: 'src/engine/sample.ts', code: "import { z } from 'zod';\nimport { x } from './state.ts';\nexport const y = [z, x];\n", fires: null, why: 'engine may import zod and itself' },
  { file: 'src/engine/sample.ts', code: "import React from 'react';\nexport const y = React;\n", fires: 'no-restricted-imports', why: 'engine imports a package other than zod' },
  { file: 'src/engine/sample.ts', code: "import '../server/db/client.ts';\n", fires: 'no-restricted-imports', why: 'side-effect import leaving the engine' },
  { file: 'src/engine/sample.ts', code: "export { x } from '../i18n/t.ts';\n", fires: 'no-restricted-imports', why: 're-export from outside' },
  { file: 'src/engine/sample.ts', code: "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n", fires: 'no-restricted-imports', why: 'node: built-in in the engine' },
  { file: 'src/engine/sample.ts', code: 'export const y = () => globalThis.localStorage;\n', fires: 'no-restricted-globals', why: 'globalThis in the engine' },
  { file: 'src/engine/sample.ts', code: 'export const y = () => window.location;\n', fires: 'no-restricted-globals', why: 'window in the engine' },
  { file: 'src/engine/sample.ts', code: "export const y = () => import('./run.ts');\n", fires: 'no-restricted-syntax', why: 'dynamic import in the engine' },
  { file: 'src/analysis/features/sample.ts', code: "import { x } from '../normalise.ts';\nexport const y = x;\n", fires: null, why: 'analyser imports its own files' },
  { file: 'src/analysis/features/sample.ts', code: "import { x } from '../../engine/index.ts';\nexport const y = x;\n", fires: 'no-restricted-imports', why: 'analyser reaches outside its folder' },
  { file: 'src/analysis/sample.ts', code: "import { z } from 'zod';\nexport const y = z;\n", fires: 'no-restricted-imports', why: 'analyser imports a package' },
  { file: 'src/islands/Simulator/Sample.tsx', code: "import { x } from '../../server/services/ingest.ts';\nexport const y = x;\n", fires: 'no-restricted-imports', why: 'island imports server code' },
  { file: 'src/learner/sample.ts', code: "import { x } from '../server/db/client.ts';\nexport const y = x;\n", fires: 'no-restricted-imports', why: 'learner core imports server code' },
  { file: 'src/stores/sample.ts', code: "import { x } from 'node:fs';\nexport const y = x;\n", fires: 'no-restricted-imports', why: 'store imports a Node built-in' },
  { file: 'src/islands/Simulator/Sample.tsx', code: "import { Howl } from 'howler';\nexport const y = Howl;\n", fires: 'no-restricted-imports', why: 'howler outside src/audio/play.ts' },
  { file: 'src/server/sample.ts', code: "import { Howl } from 'howler';\nexport const y = Howl;\n", fires: 'no-restricted-imports', why: 'howler on the server' },
  { file: 'src/audio/play.ts', code: "import { Howl } from 'howler';\nexport const y = Howl;\n", fires: null, why: 'play.ts is the one user of howler' },
  { file: 'src/scenario-map/sample.ts', code: "import dagre from '@dagrejs/dagre';\nimport { bestPath } from '../engine/index.ts';\nimport { escapeXml } from './xml-escape.ts';\nexport const y = [dagre, bestPath, escapeXml];\n", fires: null, why: 'scenario maps may import dagre, the engine entry and themselves' },
  { file: 'src/scenario-map/sample.ts', code: "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n", fires: 'no-restricted-imports', why: 'node: built-in in the scenario maps' },
  { file: 'src/scenario-map/sample.ts', code: "import { holds } from '../engine/conditions.ts';\nexport const y = holds;\n", fires: 'no-restricted-imports', why: 'scenario maps reach past the engine entry' },
];

describe('lint boundaries', () => {
  // Loading typescript-eslint takes a few seconds on a busy machine; each lint after that is quick.
  it.each(cases)('$why: $file', { timeout: 30_000 }, async ({ file, code, fires }) => {
    const fired = await rulesFired(file, code);
    if (fires === null) expect(fired).toEqual([]);
    else expect(fired).toContain(fires);
  });
});
