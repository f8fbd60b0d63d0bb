/**
 * A stand-in for the learner API in tests: `fetch` answers each `METHOD /path` from a script and
 * records every request. Install it with `vi.stubGlobal('fetch', api.fetch)` after `api.reset()`.
 */
import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: unknown;
}
export type Reply = { status: number; body?: unknown } | 'network';

export function learnerApiStandIn() {
  let requests: RecordedRequest[] = [];
  let replies = new Map<string, Reply[]>();
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const method = init?.method ?? 'GET';
    const headers = (init?.headers ?? {}) as Record<string, string>;
    requests.push({ method, url: String(url), authorization: headers['authorization'], body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    const queue = replies.get(`${method} ${String(url)}`);
    const answer = queue && queue.length > 1 ? queue.shift()! : (queue?.[0] ?? { status: 500, body: { error: 'no reply scripted' } });
    if (answer === 'network') throw new TypeError('Failed to fetch');
    return { ok: answer.status >= 200 && answer.status < 300, status: answer.status, headers: new Headers(), json: async () => answer.body } as Response;
  });
  return {
    fetch,
    /** Every request so far. */
    requests: () => requests,
    /** The replies for `METHOD /path`, used in order (the last one repeats). */
    reply(route: string, ...answers: Reply[]): void {
      replies.set(route, answers);
    },
    /** Forgets requests and replies. */
    reset(): void {
      requests = [];
      replies = new Map();
    },
  };
}
