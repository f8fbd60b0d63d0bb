/** The messages between the page and the analyser worker (analyser-worker.ts, analyser-client.ts). */
import type { ReplyAnalysis, ReplyLang } from '../../analysis/types.ts';

export type AnalyserRequest = { kind: 'prepare'; id: number; lang: ReplyLang } | { kind: 'analyse'; id: number; lang: ReplyLang; text: string };

export type AnalyserResponse = { kind: 'ready'; id: number } | { kind: 'analysis'; id: number; analysis: ReplyAnalysis };
