/**
 * The page's handle on the reply analyser, loaded only when a write task or write decision comes
 * near (docs/reply-analysis.md, "In the browser"). The analyser runs in a Web Worker built as its
 * own file: a dynamic import() would stop the bundler from inlining the islands' script into the
 * page (one round trip, docs/architecture.md), and a relative import from an inlined script would
 * resolve against the page's URL. The worker's URL is absolute (`/_astro/…`), served by our own
 * server, so nothing is fetched from anyone else.
 */
import type { ReplyAnalysis, ReplyLang } from '../../analysis/types.ts';
import type { AnalyserRequest, AnalyserResponse } from './analyser-protocol.ts';
import workerUrl from './analyser-worker.ts?worker&url';

/** Analyses replies off the main thread; `analyse` resolves with the same result as `analyseReply`. */
export interface ReplyAnalyser {
  analyse(text: string, lang: ReplyLang): Promise<ReplyAnalysis>;
  /** The features' explanations (`featureWhy.*`, `featureHow.*`) in the language it was loaded for. */
  texts: Readonly<Record<string, string>>;
}

let loading: Promise<ReplyAnalyser> | undefined;

/**
 * Starts the worker (once per page) and compiles the language's word lists in it, so the first
 * analysis the learner asks for is as fast as any other. Call it early, e.g. when the task scrolls
 * near. A failed start is forgotten, so the next call tries again (the learner may be back online).
 */
export function loadAnalyser(lang: ReplyLang): Promise<ReplyAnalyser> {
  loading ??= start(lang).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

function start(lang: ReplyLang): Promise<ReplyAnalyser> {
  return new Promise((resolve, reject) => {
    if (typeof Worker === 'undefined') {
      reject(new Error('this browser cannot run the reply analyser (no Web Workers)'));
      return;
    }
    const worker = new Worker(workerUrl, { type: 'module', name: 'candystorm-reply-analyser' });
    let nextId = 1;
    const waiting = new Map<number, { settle: (response: AnalyserResponse) => void; fail: (error: Error) => void }>();
    worker.onmessage = (event: MessageEvent<AnalyserResponse>) => {
      const entry = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      entry?.settle(event.data);
    };
    // A worker that fails to load or crashes fails everything waiting on it, and the next
    // loadAnalyser() call starts a fresh one; the learner's draft is untouched either way.
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(`the reply analyser stopped: ${event.message || 'it could not be loaded'}`);
      for (const entry of waiting.values()) entry.fail(error);
      waiting.clear();
      loading = undefined;
      worker.terminate();
      reject(error);
    };
    const send = (request: AnalyserRequest) =>
      new Promise<AnalyserResponse>((settle, fail) => {
        waiting.set(request.id, { settle, fail });
        worker.postMessage(request);
      });
    send({ kind: 'prepare', id: nextId++, lang }).then(
      (ready) =>
        resolve({
          texts: ready.kind === 'ready' ? ready.texts : {},
          async analyse(text, replyLang) {
            const response = await send({ kind: 'analyse', id: nextId++, lang: replyLang, text });
            if (response.kind !== 'analysis') throw new Error('the reply analyser answered out of turn');
            return response.analysis;
          },
        }),
      reject,
    );
  });
}
