/**
 * The reply analyser in a Web Worker: the only place the browser runs src/analysis. Vite builds
 * this file with everything it imports into one file of its own (`?worker&url` in
 * analyser-client.ts), so the islands' inlined script carries neither the analyser nor its word
 * lists, and pages without a write task never download them. The text never leaves the device:
 * the worker answers the page that started it and makes no requests.
 */
import { analyseReply, prepareAnalyser, type ReplyLang } from '../../analysis/index.ts';
import { de } from '../../i18n/de.ts';
import { en } from '../../i18n/en.ts';
import type { AnalyserRequest, AnalyserResponse } from './analyser-protocol.ts';

/** Why each feature helps or harms and how to add or avoid it: needed only once there is an analysis. */
const explanations = (lang: ReplyLang): Record<string, string> =>
  Object.fromEntries(Object.entries(lang === 'en' ? en : de).filter(([key]) => /^feature(Why|How)\./.test(key)));

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<AnalyserRequest>) => void) | null; postMessage: (message: AnalyserResponse) => void };

scope.onmessage = (event) => {
  const request = event.data;
  const lang: ReplyLang = request.lang === 'en' ? 'en' : 'de';
  if (request.kind === 'prepare') {
    prepareAnalyser(lang);
    scope.postMessage({ kind: 'ready', id: request.id, texts: explanations(lang) });
    return;
  }
  // analyseReply never throws (any string gives an analysis); a non-string becomes ''.
  scope.postMessage({ kind: 'analysis', id: request.id, analysis: analyseReply(typeof request.text === 'string' ? request.text : '', lang) });
};
