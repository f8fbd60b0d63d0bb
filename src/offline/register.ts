/**
 * Registers the offline service worker (/sw.js, built by src/build/service-worker.mjs) after the
 * page has loaded, so it never competes with the page's own first bytes. A new version of the worker
 * waits (no skipWaiting); once no simulator run is in progress on this page, a polite notice
 * (a status region, so screen readers announce it) offers to reload into the new version.
 * Nothing is reloaded without the learner's click.
 */
import { anyRunUnderWay, scenarioIdsOf } from './run-in-progress.ts';

/** How often a waiting update checks again whether the run has ended (a cheap storage read). */
const RECHECK_MS = 3000;

function runOnThisPage(): boolean {
  const props = [...document.querySelectorAll('script[data-island-props]')].map((s) => s.textContent ?? '');
  try {
    const storage = globalThis.localStorage;
    return anyRunUnderWay((key) => storage.getItem(key), scenarioIdsOf(props));
  } catch {
    return false;
  }
}

function showNotice(worker: ServiceWorker): void {
  const region = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!region || region.dataset['shown']) return;
  region.dataset['shown'] = 'true';
  const text = document.createElement('span');
  text.textContent = region.dataset['text'] ?? '';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button button-primary';
  reload.textContent = region.dataset['reload'] ?? '';
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'button';
  later.textContent = region.dataset['later'] ?? '';
  reload.addEventListener('click', () => {
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (reloading) return;
      reloading = true;
      location.reload();
    });
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  later.addEventListener('click', () => {
    region.replaceChildren();
    region.classList.remove('update-notice-open');
  });
  region.classList.add('update-notice-open');
  region.replaceChildren(text, reload, later);
}

/** Offers the waiting `worker` as soon as no run is in progress. */
function offerWhenIdle(worker: ServiceWorker): void {
  const tryNow = () => {
    if (worker.state === 'redundant' || runOnThisPage()) return false;
    showNotice(worker);
    return true;
  };
  if (tryNow()) return;
  const timer = setInterval(() => {
    if (tryNow()) clearInterval(timer);
  }, RECHECK_MS);
}

function watch(registration: ServiceWorkerRegistration): void {
  // Only an update needs the learner: the very first worker just starts caching quietly.
  if (registration.waiting && navigator.serviceWorker.controller) offerWhenIdle(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offerWhenIdle(worker);
    });
  });
}

if ('serviceWorker' in navigator && !import.meta.env.DEV) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').then(watch, () => {
      // No worker (private mode, blocked storage): the site works online as before.
    });
  });
}
