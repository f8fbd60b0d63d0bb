/** The messages between the page and the analyser worker (analyser-worker.ts, analyser-client.ts). */
import type { ReplyAnalysis, ReplyLang } from '../../analysis/types.ts';

export type AnalyserRequest = { kind: 'prepare'; id: number; lang: ReplyLang } | { kind: 'analyse'; id: number; lang: ReplyLang; text: string };

/** `ready` brings the features' explanations in the language (they travel with the analyser, not in every page). */
export type AnalyserResponse = { kind: 'ready'; id: number; texts: Record<string, string> } | { kind: 'analysis'; id: number; analysis: ReplyAnalysis };
