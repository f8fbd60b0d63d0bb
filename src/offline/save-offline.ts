/**
 * "Save for offline" (SaveOffline.astro, SaveOfflineButton.astro): asks the service worker to keep
 * the chosen lesson pages in the cache it answers page requests from when the network is gone
 * (src/build/sw-pages.mjs). A lesson page carries its island script, props and styles inline, and
 * the worker precaches sounds, glossary and the shell, so the page alone is the module.
 * Progressive enhancement: without a service worker the buttons stay hidden.
 */

/** How long to wait for the worker (installing on a first visit) before saying saving failed. */
const WORKER_WAIT_MS = 60_000;

type Answer = { ok: boolean; saved?: boolean[] };

const section = document.querySelector<HTMLElement>('[data-offline-section]');
const status = section?.querySelector<HTMLElement>('[data-save-status]');

function urlsOf(button: HTMLElement): string[] {
  try {
    const urls: unknown = JSON.parse(button.dataset['saveOffline'] ?? '[]');
    return Array.isArray(urls) ? urls.filter((u): u is string => typeof u === 'string' && u.startsWith('/')) : [];
  } catch {
    return [];
  }
}

/** One question to the active worker, answered on a message channel. */
async function ask(type: 'candystorm:save-pages' | 'candystorm:stored-pages', urls: readonly string[]): Promise<Answer> {
  const registration = await Promise.race([
    navigator.serviceWorker.ready,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('service worker not ready')), WORKER_WAIT_MS)),
  ]);
  const worker = registration.active;
  if (!worker) throw new Error('no active service worker');
  return new Promise<Answer>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<Answer>) => resolve(event.data);
    worker.postMessage({ type, urls }, [channel.port2]);
  });
}

/** Shows the "saved" mark beside every button whose pages are all kept; true when all are. */
async function markSaved(): Promise<boolean> {
  let all = true;
  for (const button of document.querySelectorAll<HTMLElement>('[data-save-offline]')) {
    const urls = urlsOf(button);
    const answer = await ask('candystorm:stored-pages', urls);
    const saved = answer.ok && urls.length > 0 && (answer.saved ?? []).length === urls.length && (answer.saved ?? []).every(Boolean);
    all &&= saved;
    const mark = button.parentElement?.querySelector<HTMLElement>('[data-saved-mark]');
    if (mark) mark.hidden = !saved;
  }
  return all;
}

async function save(urls: readonly string[]): Promise<void> {
  const answer = await ask('candystorm:save-pages', urls);
  if (!answer.ok) throw new Error('saving failed');
}

function say(word: 'saving' | 'saved' | 'savedAll' | 'failed'): void {
  if (status) status.textContent = status.dataset[`word${word[0]!.toUpperCase()}${word.slice(1)}`] ?? '';
}

if (section && 'serviceWorker' in navigator && 'caches' in globalThis) {
  // The home page has no island, so register.ts is not here: register the worker directly (a second
  // registration of the same script is a no-op). Updates are offered on lesson pages.
  if (!import.meta.env.DEV) addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
  section.hidden = false;
  for (const item of document.querySelectorAll<HTMLElement>('[data-save-offline-item]')) item.hidden = false;
  // Marks only once a worker runs: a first visit must not wait for one to show the page.
  if (navigator.serviceWorker.controller) void markSaved().catch(() => undefined);
  let busy = false;
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-save-offline]') : null;
    if (!button || busy) return;
    busy = true;
    button.setAttribute('aria-busy', 'true');
    say('saving');
    save(urlsOf(button))
      .then(markSaved)
      .then((all) => say(all ? 'savedAll' : 'saved'))
      .catch(() => say('failed'))
      .finally(() => {
        busy = false;
        button.removeAttribute('aria-busy');
      });
  });
}
