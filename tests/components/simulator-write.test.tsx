// @vitest-environment jsdom
/**
 * A write decision in the simulator (fixture valid-write.yaml): the reply box under the comment it
 * answers, sending a reply that then appears in the thread as the learner's post, practice feedback
 * with the learner's words marked, missing features, points and the model reply, disputes recorded
 * in the run's written step, test mode holding everything back until the debrief, and a debrief that
 * shows the learner's own words marked. jsdom has no Web Workers: the analyser client is replaced
 * by the real analyser run in-thread.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { analyseReply, ANALYSER_VERSION } from '../../src/analysis/index.ts';
import { isWrittenStep } from '../../src/engine/index.ts';
import { membershipStore } from '../../src/learner/membership-store.ts';
import { progressKey } from '../../src/stores/simulator-store.ts';
import { loadScenario } from '../unit/load-fixture.ts';
import { dict, fill, renderSimulator, textOf } from './setup.ts';

// Rendering, typing and the first analysis (which compiles the word lists) take seconds on a busy
// machine: a stated budget, not vitest's 5 s default.
vi.setConfig({ testTimeout: 30_000 });

vi.mock('../../src/islands/reply/analyser-client.ts', async () => {
  const { de: deTexts } = await import('../../src/i18n/de.ts');
  const { en: enTexts } = await import('../../src/i18n/en.ts');
  // The worker sends the features' explanations with 'ready' (analyser-worker.ts); so does this stand-in.
  const texts = (lang: 'de' | 'en') => Object.fromEntries(Object.entries(lang === 'en' ? enTexts : deTexts).filter(([key]) => /^feature(Why|How)\./.test(key)));
  return { loadAnalyser: async (lang: 'de' | 'en') => ({ texts: texts(lang), analyse: async (text: string, replyLang: 'de' | 'en') => analyseReply(text, replyLang) }) };
});

const { scenario, analysis } = loadScenario('valid-write.yaml');
const extremes = analysis.extremes!;
const de = dict.de;

async function renderWrite(mode: 'practice' | 'test' = 'practice', locale: 'de' | 'en' = 'de') {
  return renderSimulator({ scenario, extremes, mode, locale });
}

const writeBox = (root: HTMLElement) => root.querySelector<HTMLTextAreaElement>('[data-testid="write-box"] textarea')!;

async function send(root: HTMLElement, text: string, label = de['reply.send']) {
  act(() => void fireEvent.change(writeBox(root), { target: { value: text } }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: label }));
  });
  await act(async () => {});
}

/** The stored progress path of the fixture scenario. */
const storedPath = () => JSON.parse(localStorage.getItem(progressKey(scenario.id))!).state.path as unknown[];

describe('a write decision in practice mode', () => {
  it('puts the labelled reply box under the comment it answers, with the authored choices beside it', async () => {
    const { root } = await renderWrite();
    const kim = [...root.querySelectorAll('[data-testid="post"]')].find((p) => p.getAttribute('data-persona') === 'kim')!;
    const box = writeBox(root);
    // The box sits in Kim's entry, right after her post.
    expect(kim.closest('li')!.contains(box)).toBe(true);
    expect(screen.getByLabelText(fill(de['sim.write.label'], { name: 'Kim Berger' }))).toBe(box);
    const described = box.getAttribute('aria-describedby')!.split(' ').map((id) => textOf(document.getElementById(id)));
    expect(described.join(' ')).toContain(fill(de['reply.wants'], { list: `${de['feature.acknowledge']}, ${de['feature.next-step']}` }));
    expect(root.querySelector('button[data-choice="template"]')).not.toBeNull();
    expect(textOf(root.querySelector('.sim-choices'))).toContain(de['reply.orPick']);
    // "Write your own reply" beside the choices takes the keyboard to the box.
    act(() => void fireEvent.click(screen.getByRole('button', { name: de['sim.write.goto'] })));
    expect(document.activeElement).toBe(box);
  });

  it('sends the reply: it appears as the learner’s post, and the feedback marks the words, lists what is missing, the points and the model reply', async () => {
    const { root } = await renderWrite();
    const reply = 'Ich verstehe, dass dich das ärgert, Kim.';
    await send(root, reply);
    const own = root.querySelector('[data-testid="own-post"]')!;
    expect(textOf(own.querySelector('.sim-post-text'))).toBe(reply);
    const feedback = root.querySelector('[data-testid="feedback"]')!;
    // This outcome ends the fixture's run: focus goes to the ending, as after a final choice.
    expect(document.activeElement).toBe(root.querySelector('[data-testid="ending"] h3'));
    const marked = [...feedback.querySelectorAll('mark')].map((m) => [m.textContent, m.getAttribute('data-features')]);
    expect(marked).toContainEqual(['Ich verstehe, dass dich das ärgert', 'acknowledge']);
    expect(feedback.querySelector('.reply-group-missing [data-feature="next-step"]')).not.toBeNull();
    // The outcome "warm" of the fixture: its feedback and its points per dimension.
    expect(textOf(feedback)).toContain('Verständnis, aber kein nächster Schritt.');
    expect(textOf(feedback.querySelector('.sim-points'))).toContain(`${de['dimension.empathy']} +1`);
    const node = scenario.nodes['answer-kim'];
    const model = node?.type === 'decision' ? node.write?.model.de : undefined;
    expect(textOf(feedback.querySelector('.reply-model'))).toBe(model);
    // The run recorded features, analyser version, length and (on this device) the text.
    const [step] = storedPath();
    expect(step).toEqual({ write: { features: ['acknowledge'], analyser: ANALYSER_VERSION, length: reply.length, text: reply } });
  });

  it('"this is wrong" records a dispute in the written step and can be taken back', async () => {
    const { root } = await renderWrite();
    await send(root, 'Ich verstehe, dass dich das ärgert, Kim.');
    const button = root.querySelector<HTMLButtonElement>('[data-testid="feedback"] button[data-dispute="acknowledge"]')!;
    expect(button.textContent).toBe(fill(de['reply.dispute'], { feature: de['feature.acknowledge'] }));
    expect(button.getAttribute('aria-pressed')).toBe('false');
    act(() => void fireEvent.click(button));
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect((storedPath()[0] as { write: { disputed?: string[] } }).write.disputed).toEqual(['acknowledge']);
    // A missing feature can be disputed too ("it is there").
    act(() => void fireEvent.click(root.querySelector('[data-testid="feedback"] button[data-dispute="next-step"]')!));
    expect((storedPath()[0] as { write: { disputed?: string[] } }).write.disputed).toEqual(['acknowledge', 'next-step']);
    act(() => void fireEvent.click(button));
    expect((storedPath()[0] as { write: { disputed?: string[] } }).write.disputed).toEqual(['next-step']);
  });

  it('refuses bad input with a message and keeps the draft; markup stays text', async () => {
    const { root } = await renderWrite();
    await send(root, '   ');
    expect(textOf(root.querySelector('.reply-error'))).toBe(de['reply.error.blank']);
    expect(root.querySelector('[data-testid="own-post"]')).toBeNull();
    await send(root, 'x'.repeat(301));
    expect(textOf(root.querySelector('.reply-error'))).toBe(fill(de['reply.error.too-long'], { over: 1, max: 300 }));
    expect(root.querySelector('[data-testid="own-post"]')).toBeNull();
    expect(JSON.parse(localStorage.getItem('candystorm:reply-draft:sim:valid-write:answer-kim')!).text).toBe('x'.repeat(301));
    await send(root, 'Ich verstehe dich <script>alert(1)</script>');
    const own = root.querySelector('[data-testid="own-post"]')!;
    expect(own.querySelector('script')).toBeNull();
    expect(textOf(own.querySelector('.sim-post-text'))).toBe('Ich verstehe dich <script>alert(1)</script>');
    // Sent: the draft is gone.
    expect(localStorage.getItem('candystorm:reply-draft:sim:valid-write:answer-kim')).toBeNull();
  });
});

describe('a write decision in test mode', () => {
  it('holds the feedback back; the debrief shows the learner’s own words marked', async () => {
    const { root } = await renderWrite('test', 'en');
    const reply = 'I understand that annoys you. Please message us today and we will sort it out.';
    await send(root, reply, dict.en['reply.send']);
    expect(root.querySelector('[data-testid="feedback"]')).toBeNull();
    const ending = root.querySelector('[data-testid="ending"]')!;
    expect(ending).not.toBeNull();
    const review = ending.querySelector('[data-testid="written-feedback"]')!;
    const shown = review.querySelector('.reply-highlighted')!;
    // The text as written, once the bracketed feature names after the marks are left out.
    expect(textOf(shown).replace(/ ?\[[^\]]*\]/g, '')).toBe(reply);
    const features = [...review.querySelectorAll('mark')].flatMap((m) => m.getAttribute('data-features')!.split(' '));
    expect(features).toEqual(expect.arrayContaining(['acknowledge', 'next-step']));
    // Marks are named in words, not by colour alone.
    expect(textOf(review.querySelector('.reply-highlighted'))).toContain(`[${dict.en['feature.acknowledge']}]`);
  });
});

it('a written step survives a reload and is replayed from the stored features', async () => {
  const first = await renderWrite();
  await send(first.root, 'Ich verstehe, dass dich das ärgert, Kim.');
  first.unmount();
  const { root } = await renderWrite();
  expect(textOf(root.querySelector('[data-testid="own-post"] .sim-post-text'))).toBe('Ich verstehe, dass dich das ärgert, Kim.');
  const path = storedPath();
  expect(path.every((s) => typeof s === 'string' || isWrittenStep(s as never))).toBe(true);
});

describe('what the reply box says about privacy', () => {
  const member = (collectReplies: boolean) => ({
    token: 'a'.repeat(32),
    pseudonym: 'Fuchs',
    className: '7b',
    assignments: [{ module: scenario.module, mode: 'practice' as const, dueDate: null, ...(collectReplies ? { collectReplies: true } : {}) }],
    refreshedAt: null,
  });

  it.each([
    ['not in a class', undefined, 'sim.write.privateAlone'],
    ['in a class that gets features only', member(false), 'sim.write.privateFeatures'],
    ['in a class whose trainer collects replies', member(true), 'sim.write.collected'],
  ] as const)('%s', async (_, membership, key) => {
    membershipStore.setState({ membership, notice: undefined });
    try {
      const { root } = await renderWrite();
      expect(textOf(root.querySelector('[data-testid="write-box"] .reply-private'))).toBe(de[key]);
    } finally {
      membershipStore.setState({ membership: undefined, notice: undefined });
    }
  });
});
