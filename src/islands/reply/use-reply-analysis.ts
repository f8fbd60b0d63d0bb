/**
 * The analysis of a reply that is already sent, for the simulator's feedback and debrief: the run
 * keeps only the features, so the words behind them are found again by analysing the kept text
 * (the analyser is deterministic). Results are cached per language and text, so the feedback right
 * after sending shows the analysis the submit already made, without a second round to the worker.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ReplyAnalysis, ReplyLang } from '../../analysis/types.ts';
import { fill, type Translate } from '../../i18n/translate.ts';
import { loadAnalyser } from './analyser-client.ts';

const cache = new Map<string, ReplyAnalysis>();
const MAX_CACHED = 50;
const keyOf = (text: string, lang: ReplyLang) => `${lang}\u0000${text}`;

/** Analyses `text` (through the worker) and remembers the result. */
export async function analyseCached(text: string, lang: ReplyLang): Promise<ReplyAnalysis> {
  const known = cache.get(keyOf(text, lang));
  if (known) return known;
  const analysis = await (await loadAnalyser(lang)).analyse(text, lang);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(keyOf(text, lang), analysis);
  return analysis;
}

/** What `useReplyAnalysis` has: the analysis, not yet, or a failure to load the analyser. */
export type ReplyAnalysisState = { status: 'ready'; analysis: ReplyAnalysis } | { status: 'pending' } | { status: 'failed' };

/** The analysis of `text`; `pending` while the worker answers, `failed` if it cannot load. */
export function useReplyAnalysis(text: string | undefined, lang: ReplyLang): ReplyAnalysisState {
  const known = text === undefined ? undefined : cache.get(keyOf(text, lang));
  const [state, setState] = useState<ReplyAnalysisState>(known ? { status: 'ready', analysis: known } : { status: 'pending' });
  useEffect(() => {
    if (text === undefined) return;
    let current = true;
    analyseCached(text, lang).then(
      (analysis) => current && setState({ status: 'ready', analysis }),
      () => current && setState({ status: 'failed' }),
    );
    return () => void (current = false);
  }, [text, lang]);
  return known ? { status: 'ready', analysis: known } : state;
}

/**
 * `t` that also knows the features' explanations, which come with the analyser (analyser-worker.ts)
 * rather than in every page's props. Until the analyser has loaded, explanations are missing and the
 * checklist shows the feature names alone. Loads the analyser: use it where an analysis is shown.
 */
export function useExplainingTranslate(t: Translate, lang: ReplyLang): Translate {
  const [texts, setTexts] = useState<Readonly<Record<string, string>>>({});
  useEffect(() => {
    let current = true;
    loadAnalyser(lang).then(
      (analyser) => current && setTexts(analyser.texts),
      () => undefined,
    );
    return () => void (current = false);
  }, [lang]);
  return useMemo(() => withTexts(t, texts), [t, texts]);
}

/** `t` with `texts` looked up first. */
export function withTexts(t: Translate, texts: Readonly<Record<string, string>>): Translate {
  return (key, vars) => {
    const own = texts[key];
    return own === undefined ? t(key, vars) : fill(own, vars);
  };
}
