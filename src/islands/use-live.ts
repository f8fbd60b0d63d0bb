/**
 * False while React renders on the server and hydrates; true from the first effect on. Islands put
 * it on their root as `data-live`, so tests and the benchmark know when clicks are answered.
 */
import { useEffect, useState } from 'react';

export function useLive(): boolean {
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  return live;
}

/** The attribute spread onto an island's root element. */
export const liveAttribute = (live: boolean) => (live ? { 'data-live': '' } : {});
