/**
 * Write decisions in the engine: the schema of `write:`, taking a written reply (chooseWritten),
 * replaying and re-scoring paths with written steps, the thread, and the graph analysis that counts
 * write outcomes as edges.
 */
import { describe, expect, it } from 'vitest';
import {
  adviseRun,
  analyseScenario,
  checkScenario,
  choicePath,
  choicesNow,
  chooseWritten,
  replay,
  rewind,
  startRun,
  threadOf,
  writeNow,
  type PathStep,
  type Run,
  type Scenario,
  type WrittenReply,
} from '../../src/engine/index.ts';
import { FEATURE_IDS, type FeatureId } from '../../src/analysis/types.ts';
import { loadScenario } from './load-fixture.ts';

const { scenario, analysis } = loadScenario('valid-write.yaml');
const reply = (features: FeatureId[], length = 80): WrittenReply => ({ features, analyser: '1.1.0', length });

function written(features: FeatureId[], from: Run = startRun(scenario)): Run {
  const result = chooseWritten(scenario, from, reply(features));
  if (!result.ok) throw new Error(result.error);
  return result.run;
}

describe('the write block schema', () => {
  const raw = () => structuredClone(scenario) as unknown as { nodes: Record<string, Record<string, unknown> & { write: Record<string, unknown>; choices: unknown[] }> };
  const problemsOf = (data: unknown) => checkScenario(data).problems.map((p) => `${p.code} ${p.path.join('.')}: ${p.message} | ${p.fix}`);

  it('defaults maxLength to 500 and wants/avoid to empty lists', () => {
    const data = raw();
    const write = data.nodes['answer-kim']!.write;
    delete write.maxLength;
    delete write.wants;
    delete write.avoid;
    const result = checkScenario(data);
    expect(result.ok).toBe(true);
    const node = result.scenario!.nodes['answer-kim'];
    expect(node?.type === 'decision' && node.write).toMatchObject({ maxLength: 500, wants: [], avoid: [] });
  });

  it('makes choices optional with a write block, and requires two without one', () => {
    const alone = raw();
    delete (alone.nodes['answer-kim'] as Record<string, unknown>).choices;
    expect(checkScenario(alone).ok).toBe(true);

    const noWrite = raw();
    delete (noWrite.nodes['answer-kim'] as Record<string, unknown>).write;
    const problems = problemsOf(noWrite);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^schema nodes\.answer-kim\.choices: a decision needs at least two choices, or a `write:` block\. \| Add another choice/);
  });

  it('names unknown features with the list of valid ones', () => {
    const data = raw();
    data.nodes['answer-kim']!.write.wants = ['acknowledge', 'empathy'];
    const [problem, ...rest] = problemsOf(data);
    expect(rest).toEqual([]);
    expect(problem).toContain('schema nodes.answer-kim.write.wants.1: "empathy" is no feature of the reply analyser.');
    expect(problem).toContain(`Use one of: ${FEATURE_IDS.join(', ')}`);
  });

  it('wants the last outcome without `if`, a model reply in both languages and maxLength within 50..2000', () => {
    const lastIf = raw();
    (lastIf.nodes['answer-kim']!.write.outcomes as Record<string, unknown>[]).at(-1)!.if = { has: ['thanks'] };
    expect(problemsOf(lastIf)).toEqual([expect.stringMatching(/^schema nodes\.answer-kim\.write\.outcomes: the last outcome must have no `if`.*\| Remove the `if` of the last outcome/)]);

    const noEnglish = raw();
    noEnglish.nodes['answer-kim']!.write.model = { de: 'Nur Deutsch.' };
    expect(problemsOf(noEnglish)).toEqual([expect.stringMatching(/^schema nodes\.answer-kim\.write\.model\.en: Missing English \(en\) translation/)]);

    for (const maxLength of [49, 2001]) {
      const data = raw();
      data.nodes['answer-kim']!.write.maxLength = maxLength;
      expect(problemsOf(data)).toEqual([expect.stringContaining(`schema nodes.answer-kim.write.maxLength: ${maxLength} is out of range: \`maxLength\` is from 50 to 2000 characters.`)]);
    }
  });

  it('refuses `text`, `kind` and `when` in an outcome with a fix that says why', () => {
    const data = raw();
    (data.nodes['answer-kim']!.write.outcomes as Record<string, unknown>[])[1]!.when = { storm: { atMost: 3 } };
    expect(problemsOf(data)).toEqual([expect.stringMatching(/^schema nodes\.answer-kim\.write\.outcomes\.1\.when: Unknown field "when"\. \| A write outcome is taken when its `if:` holds/)]);
  });
});

describe('chooseWritten', () => {
  it('is offered at the write decision, and its outcomes are no buttons', () => {
    const run = startRun(scenario);
    expect(writeNow(scenario, run)?.target).toBe('kim-1');
    expect(choicesNow(scenario, run).map((c) => c.id)).toEqual(['template']);
  });

  it('takes the first outcome whose `if` holds for the features', () => {
    expect(written(['insult', 'acknowledge', 'next-step']).steps[0]!.choiceId).toBe('hits-back');
    expect(written(['acknowledge', 'next-step']).steps[0]!.choiceId).toBe('warm-and-concrete');
    expect(written(['acknowledge']).steps[0]!.choiceId).toBe('warm');
    expect(written([]).steps[0]!.choiceId).toBe('flat');
  });

  it('applies the outcome like a choice: effects, scores, next node, and records the reply', () => {
    const before = startRun(scenario);
    const frozen = JSON.stringify(before);
    const run = written(['next-step', 'acknowledge', 'acknowledge'], before);
    expect(JSON.stringify(before)).toBe(frozen);
    expect(run.nodeId).toBe('candy');
    expect(run.ended).toBe(true);
    expect(run.state).toEqual({ audience: 20, storm: 1, moods: { kim: 10 }, flags: ['listened'] });
    expect(run.totals).toEqual({ empathy: 2, clarity: 0, solution: 2, deescalation: 0, integrity: 0 });
    // Features are kept sorted and once each, in FEATURE_IDS order.
    expect(run.steps).toEqual([{ nodeId: 'answer-kim', choiceId: 'warm-and-concrete', before: before.state, reply: reply(['acknowledge', 'next-step']) }]);
  });

  it('tests the state too: a reply that fits warm-and-concrete in a bad mood gets only `warm`', () => {
    const sour: Run = { ...startRun(scenario), state: { ...startRun(scenario).state, audience: -60 } };
    expect(written(['acknowledge', 'next-step'], sour).steps[0]!.choiceId).toBe('warm');
  });

  it('refuses a reply at a node without `write:`, after the end, of another version, or malformed', () => {
    const { scenario: plain } = loadScenario('valid-minimal.yaml');
    expect(chooseWritten(plain, startRun(plain), reply([]))).toEqual({ ok: false, error: 'not-a-write-decision' });
    expect(chooseWritten(scenario, written([]), reply([]))).toEqual({ ok: false, error: 'run-ended' });
    expect(chooseWritten(scenario, { ...startRun(scenario), scenarioVersion: 9 }, reply([]))).toEqual({ ok: false, error: 'wrong-scenario' });
    const bad: unknown[] = [
      { ...reply([]), length: 301 }, // over this block's maxLength of 300
      { ...reply([]), length: -1 },
      { ...reply([]), length: 1.5 },
      { ...reply([]), features: ['empathy'] },
      { ...reply([]), features: 'insult' },
      { ...reply([]), analyser: 1 },
      { ...reply([]), length: 3, text: 'four' },
      { ...reply([]), disputed: ['nonsense'] },
      null,
    ];
    for (const r of bad) expect(chooseWritten(scenario, startRun(scenario), r as WrittenReply)).toEqual({ ok: false, error: 'invalid-reply' });
  });

  it('keeps text and disputed features with the step without letting them change the outcome', () => {
    const text = 'Ihr seid doof.';
    const result = chooseWritten(scenario, startRun(scenario), { features: ['insult'], analyser: '1.1.0', length: text.length, text, disputed: ['insult', 'insult'] });
    expect(result.ok && result.run.steps[0]).toMatchObject({ choiceId: 'hits-back', reply: { text, disputed: ['insult'] } });
  });
});

describe('replaying paths with written steps', () => {
  it('recomputes the outcome from the features and survives JSON', () => {
    const run = written(['acknowledge']);
    const path = JSON.parse(JSON.stringify(choicePath(run))) as PathStep[];
    expect(path).toEqual([{ write: reply(['acknowledge']) }]);
    const again = replay(scenario, path);
    expect(again.ok && again.run).toEqual(run);
  });

  it('never trusts an outcome id sent as a choice', () => {
    expect(replay(scenario, ['warm-and-concrete'])).toEqual({ ok: false, error: 'unknown-choice', at: 0 });
  });

  it('mixes picked choices and written replies, and rewinds across them', () => {
    const picked = replay(scenario, ['template']);
    expect(picked.ok && picked.run.nodeId).toBe('calm');
    const run = written(['thanks']);
    const back = rewind(scenario, run, 0);
    expect(back.ok && back.run).toEqual(startRun(scenario));
  });

  it('reports where a bad written step is', () => {
    expect(replay(scenario, [{ write: { ...reply([]), length: 5000 } }])).toEqual({ ok: false, error: 'invalid-reply', at: 0 });
  });
});

describe('the thread of a written reply', () => {
  it('shows the learner\'s own text as a reply to the target post', () => {
    const text = 'Verstehe dich.';
    const result = chooseWritten(scenario, startRun(scenario), { features: ['acknowledge'], analyser: '1.1.0', length: text.length, text });
    if (!result.ok) throw new Error(result.error);
    const move = threadOf(scenario, result.run).find((i) => i.kind === 'move');
    expect(move).toMatchObject({ kind: 'move', move: 'reply', text: { de: text, en: text }, target: 'p0-0', written: { features: ['acknowledge'] } });
  });
});

describe('graph analysis with write outcomes', () => {
  it('finds no problems in the fixture and counts outcomes as edges for best and worst', () => {
    expect(analysis.problems).toEqual([]);
    expect([...analysis.reachableEndings].sort()).toEqual(['calm', 'candy', 'storm']);
    expect(analysis.extremes).toMatchObject({
      best: { empathy: 2, solution: 2, deescalation: 0 },
      worst: { empathy: -2, solution: -1, deescalation: -2 },
      minDecisions: 1,
      maxDecisions: 1,
    });
  });

  it('advises on a written step like on a choice', () => {
    const [advice] = adviseRun(scenario, written([]));
    expect(advice).toMatchObject({ chosen: 'flat', best: 'warm-and-concrete', isBest: false, bestValue: 4, chosenValue: -2 });
  });

  it('reports an outcome that the state never lets any reply take', () => {
    const copy = structuredClone(scenario) as Scenario;
    const node = copy.nodes['answer-kim'];
    if (node?.type !== 'decision' || !node.write) throw new Error('fixture changed');
    node.write.outcomes[1]!.if = { has: ['acknowledge', 'next-step'], audience: { atLeast: 50 } };
    const problems = analyseScenario(copy).problems;
    // candy was reached only through that outcome.
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['outcome-never-taken', 'nodes.answer-kim.write.outcomes.1.if'],
      ['ending-never-reached', 'nodes.candy'],
    ]);
    expect(problems[0]!.message).toContain('"answer-kim" is reached with audience always -10');
  });
});
