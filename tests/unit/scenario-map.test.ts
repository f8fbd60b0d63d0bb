/**
 * Scenario maps: the SVG of a tiny fixture shows every node, names every ending's outcome in words,
 * marks the strongest path and the analysis' problems, and escapes every text; the outline says the
 * same in a list; `npm run graph` writes the file and explains itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkScenarioFile } from '../../src/content-check/check-scenario-file.ts';
import { bestPath } from '../../src/engine/index.ts';
import { buildScenarioMap, escapeXml, mapOutline, renderMapSvg } from '../../src/scenario-map/index.ts';
import { loadScenario } from './load-fixture.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { scenario } = loadScenario('valid-minimal.yaml');

/** The text of every `<g class="… want …">` group, tags stripped. */
function groupsWith(svg: string, want: string): string[] {
  return [...svg.matchAll(/<g class="([^"]*)">(.*?)<\/g>/g)].filter((m) => m[1]!.split(' ').includes(want)).map((m) => m[2]!.replace(/<[^>]+>/g, ' '));
}

describe('the SVG of the valid fixture', () => {
  const svg = renderMapSvg(buildScenarioMap(scenario, 'en'));

  it('is one svg with role img, named by its title and described by its description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="map-valid-minimal-title" aria-describedby="map-valid-minimal-desc"/);
    expect(svg).toContain('<title id="map-valid-minimal-title">Scenario map: Small test</title>');
    expect(svg).toMatch(/<desc id="map-valid-minimal-desc">[^<]*2 decisions/);
  });

  it('draws every node, labelled with its id, and the start of its prompt or title', () => {
    const nodes = groupsWith(svg, 'node').join('\n');
    for (const id of Object.keys(scenario.nodes)) expect(nodes).toContain(id);
    expect(nodes).toContain('Closed again!'); // the complaint has no prompt: its first post stands in
    expect(nodes).toContain('Candystorm');
  });

  it('names each ending by its outcome in words, not by colour alone', () => {
    const endings = groupsWith(svg, 'ending');
    expect(endings).toHaveLength(3);
    const ending = (id: string) => endings.find((e) => e.trim().startsWith(`${id} `));
    expect(ending('candy')).toContain('Ending: candystorm');
    expect(ending('storm')).toContain('Ending: shitstorm');
    expect(ending('calm')).toContain('Ending: calmed');
  });

  it('marks the strongest path (listen, then hide-troll into candy) with stars and the class strongest', () => {
    expect(bestPath(scenario)?.choiceIds).toEqual(['listen', 'hide-troll']);
    const strong = groupsWith(svg, 'strongest').join('\n');
    expect(strong).toContain('★ listen');
    expect(strong).toContain('★ hide-troll');
    expect(strong).not.toContain('★ defend');
    // Only the candy route of hide-troll is on it, not its storm or calm routes.
    const edges = groupsWith(svg, 'edge').filter((e) => e.includes('★ hide-troll'));
    expect(edges).toHaveLength(1);
    expect(edges[0]).toContain('if kim ≥ 0, flag listened');
  });

  it('draws conditional routes dashed and labelled with their condition', () => {
    const conditional = [...svg.matchAll(/<g class="edge conditional[^"]*"><path [^>]*>/g)].map((m) => m[0]);
    expect(conditional.some((p) => p.includes('stroke-dasharray'))).toBe(true);
    expect(groupsWith(svg, 'conditional').join('\n')).toContain('if storm ≥ 3');
    expect(groupsWith(svg, 'conditional').join('\n')).toContain('otherwise');
  });

  it('marks no problems on a sound scenario', () => {
    expect(groupsWith(svg, 'problem')).toEqual([]);
    expect(svg).not.toContain('⚠');
  });
});

describe('problems on the map', () => {
  const fixture = (name: string) => checkScenarioFile(join(ROOT, 'tests/fixtures/scenarios/broken', `${name}.yaml`));

  it.each([
    { name: 'no-way-out', nodes: ['loop-a', 'loop-b'], word: 'loop without exit' },
    { name: 'unreachable-node', nodes: ['follow-up'], word: 'never reached' },
    { name: 'dead-end', nodes: ['troll'], word: 'dead end' },
    { name: 'missing-target', nodes: ['trol'], word: 'no such node' },
  ])('marks $nodes of $name with ⚠ $word', ({ name, nodes, word }) => {
    const check = fixture(name);
    const svg = renderMapSvg(buildScenarioMap(check.scenario!, 'en', check.analysis));
    const marked = groupsWith(svg, 'problem');
    expect(marked).toHaveLength(nodes.length);
    nodes.forEach((id, i) => {
      expect(marked[i]).toContain(id);
      expect(marked[i]).toContain(`⚠ ${word}`);
    });
  });

  it('uses the German words for a German map', () => {
    const check = fixture('no-way-out');
    const svg = renderMapSvg(buildScenarioMap(check.scenario!, 'de', check.analysis));
    expect(svg).toContain('⚠ Schleife ohne Ausgang');
    expect(svg).toContain('Ende: Candystorm');
    expect(svg).toContain('Szenario-Karte: Kleiner Test');
  });
});

describe('escaping', () => {
  it('writes markup in any text as text', () => {
    const evil = structuredClone(scenario);
    evil.title.en = 'Tom & "Jerry" <b>';
    const complaint = evil.nodes['complaint'];
    if (complaint?.type !== 'decision') throw new Error('fixture changed');
    complaint.prompt = { de: 'x', en: `<script>alert('x')</script>` };
    const svg = renderMapSvg(buildScenarioMap(evil, 'en'));
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;');
    expect(svg).toContain('Tom &amp; &quot;Jerry&quot; &lt;b&gt;');
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });
});

describe('the outline', () => {
  it('lists each decision with its choices and where each leads, conditions included', () => {
    const outline = mapOutline(buildScenarioMap(scenario, 'en'));
    expect(outline.map((d) => d.node.id)).toEqual(['complaint', 'troll']);
    const hide = outline[1]!.choices.find((c) => c.choiceId === 'hide-troll')!;
    expect(hide.onStrongest).toBe(true);
    expect(hide.routes.map((r) => [r.to.id, r.condition ?? (r.otherwise ? 'otherwise' : '')])).toEqual([
      ['candy', 'kim ≥ 0, flag listened'],
      ['storm', 'storm ≥ 3'],
      ['calm', 'otherwise'],
    ]);
    expect(outline[1]!.choices.find((c) => c.choiceId === 'thank-ben')?.when).toBe('flag listened');
  });
});

// Each case starts a Node process: slow on a busy machine.
describe('npm run graph', { timeout: 60_000 }, () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/graph.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('explains itself with --help and exits 0', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: npm run graph -- FILE.yaml');
  });

  it('writes the SVG to --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'graph-')), 'map.svg');
    const r = run('tests/fixtures/scenarios/valid-minimal.yaml', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`wrote ${out}: 5 nodes`);
    expect(readFileSync(out, 'utf8')).toMatch(/^<svg [^>]*role="img"/);
  });

  it('exits 1 and prints the problems when the shape is broken', () => {
    const r = run('tests/fixtures/scenarios/broken/bad-enum.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad-enum.yaml:20:5: error: personas.troll.motive');
  });

  it('exits 2 without a file', () => {
    expect(run().status).toBe(2);
  });
});
