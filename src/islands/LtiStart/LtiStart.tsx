/**
 * /lti/start/: where a learner's LTI launch lands. The launch put the device token, pseudonym, class
 * name and the lesson's address into the URL fragment (never sent to a server); this island stores
 * the membership as joining does, removes the fragment from the address bar and opens the lesson at
 * its simulator. An island rather than a page script: a second script would share the membership
 * store with the islands' script, which then could no longer be inlined into every lesson.
 * Bilingual: only the fragment knows the launch's language.
 */
import { useEffect, useState } from 'react';
import { adoptMembership } from '../../learner/membership-store.ts';
import { liveAttribute, useLive } from '../use-live.ts';

export interface LtiStartProps {
  /** Shown while the hand-over runs, in both languages. */
  working: { de: string; en: string };
  /** Shown when the fragment is missing or broken. */
  failed: { de: string; en: string };
}

/** Only a path on this site: the fragment could have been written by anyone. */
export function handOverTarget(to: string | null): string {
  return to !== null && /^\/(?![/\\])/.test(to) ? to : '/';
}

export default function LtiStart({ working, failed }: LtiStartProps) {
  const [broken, setBroken] = useState(false);
  // Like every island: the benchmark and tests wait for data-live (scripts/bench/page-transfer.ts hung here).
  const live = useLive();
  useEffect(() => {
    const params = new URLSearchParams(location.hash.slice(1));
    // The token leaves the address bar (and the history) at once.
    history.replaceState(null, '', location.pathname);
    const token = params.get('token');
    const target = handOverTarget(params.get('to'));
    void (async () => {
      const result = token ? await adoptMembership({ token, learner: { pseudonym: params.get('pseudonym') }, class: { name: params.get('class') } }) : { ok: false };
      if (result.ok) location.replace(target);
      else setBroken(true);
    })();
  }, []);
  const words = broken ? failed : working;
  return (
    <p role="status" data-lti-status data-lti-start {...liveAttribute(live)}>
      {words.de} <span lang="en">{words.en}</span>
    </p>
  );
}
