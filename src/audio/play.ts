/**
 * Plays the simulator's sound cues. The only module that touches howler, and only once a sound is
 * actually wanted: pages load no audio code until then, and a muted learner never loads it at all.
 * Howler comes as its own file from our server, loaded with a script element rather than import():
 * the islands' code is inlined into the page, where a relative import() could not find its chunk.
 */
import type { Howl } from 'howler';
import howlerUrl from 'howler/dist/howler.core.min.js?url';
import { prefsStore } from '../stores/prefs-store.ts';
import type { Cue } from './cues.ts';

/** Served by our own site (public/sounds); no third-party requests. */
const SOUND_DIR = '/sounds/';

let interacted = false;
type Howler = Pick<typeof import('howler'), 'Howl'>;
let howler: Promise<Howler> | undefined;
const howls = new Map<Cue, Howl>();

/**
 * Notes the learner's first pointer press or key press anywhere on the page. Until then play() does
 * nothing, so a sound can never start on its own, even if a caller breaks the contract below.
 * Capture phase, so that no handler that stops propagation can hide the event from us.
 */
function watchForFirstInteraction(): void {
  if (typeof document === 'undefined') return; // server rendering: there is no learner yet
  const events = ['pointerdown', 'keydown'] as const;
  const mark = () => {
    interacted = true;
    for (const type of events) document.removeEventListener(type, mark, true);
  };
  for (const type of events) document.addEventListener(type, mark, { capture: true, passive: true });
}
watchForFirstInteraction();

/** Howler's browser build defines `window.Howl` when its script has run. */
function loadScript(src: string): Promise<Howler> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.onload = () => {
      const { Howl } = window as unknown as Partial<Howler>;
      if (Howl) resolve({ Howl });
      else reject(new Error('howler loaded but defined no Howl'));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`could not load ${src}`));
    };
    document.head.append(script);
  });
}

function loadHowler(): Promise<Howler> {
  // Kept after the first call: one download, one audio context. A failed download is forgotten,
  // so the next cue tries again (the learner may be back online).
  howler ??= loadScript(howlerUrl).catch((error: unknown) => {
    howler = undefined;
    throw error;
  });
  return howler;
}

/** Muting silences what is playing too: an ending chord should not outlive the click on "sound off". */
function stopAllWhenMuted(): void {
  prefsStore.subscribe((state, previous) => {
    if (state.muted && !previous.muted) for (const howl of howls.values()) howl.stop();
  });
}
stopAllWhenMuted();

async function playNow(cue: Cue, volume: number): Promise<void> {
  const { Howl } = await loadHowler();
  let howl = howls.get(cue);
  if (!howl) {
    const created = new Howl({
      // Howler picks the first format this browser can play, judged by the file extension.
      src: [`${SOUND_DIR}${cue}.ogg`, `${SOUND_DIR}${cue}.mp3`],
      // A file that fails to load is forgotten, so a later play() retries (e.g. after a network
      // hiccup) instead of queueing sounds on a Howl that will never play.
      onloaderror: () => {
        howls.delete(cue);
        created.unload();
      },
      // Blocked audio (autoplay rules) is fine to lose: the cue only confirms what the page shows.
      onplayerror: () => {},
    });
    howl = created;
    howls.set(cue, howl);
  }
  howl.volume(volume);
  howl.play();
}

/**
 * Plays a cue at the learner's volume, unless they muted sound.
 *
 * Contract: call it only from the handler of something the learner just did (a click on a choice,
 * a key press), or from what that action causes right away (the comments that answer it, the
 * ending it reaches). Nothing may play before the learner's first interaction with the page: calls
 * before it are dropped, as are calls while muted.
 *
 * Never throws and never rejects: sound is decoration, so a missing file, a browser without audio or
 * blocked playback must not break the simulator. Failures are swallowed on purpose.
 */
export function play(cue: Cue): void {
  try {
    const { muted, volume } = prefsStore.getState();
    if (!interacted || muted || volume <= 0) return;
    playNow(cue, volume).catch(() => {
      // The chunk failed to load (offline, blocked) or howler threw: see above, ignored on purpose.
    });
  } catch {
    // See above: sound must never break the page.
  }
}
