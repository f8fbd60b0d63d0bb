/**
 * The class page keeps its grid current while it is open: it listens to the class's event stream
 * (GET /api/classes/{id}/events, http/class-events-endpoint.ts) and on each "changed" fetches the
 * grid fragment (server-rendered HTML, ClassGridFragment.astro) and swaps it in. One polite
 * announcement says the new summary when it differs, never every cell. Without JavaScript, or when
 * the stream is not available, the page's "refresh" link does the same by hand.
 */

/** Starts listening when the page has a grid section that names its stream and fragment. */
export function startClassUpdates(doc: Document): void {
  const section = doc.querySelector<HTMLElement>('[data-class-updates]');
  const eventsUrl = section?.dataset['classUpdates'];
  const gridUrl = section?.dataset['gridUrl'];
  if (!section || !eventsUrl || !gridUrl || typeof EventSource === 'undefined') return;
  const announcer = section.querySelector<HTMLElement>('[data-grid-announcer]');
  let busy = false;
  let again = false;

  const swap = (html: string): void => {
    const template = doc.createElement('template');
    // Our own server's HTML for our own page (every learner's name escaped there).
    template.innerHTML = html;
    const fresh = template.content.querySelector<HTMLElement>('#class-grid');
    const old = doc.getElementById('class-grid');
    if (!fresh || !old) return;
    // Keep the keyboard user's place: the focused link (by its address) or the scrolling region.
    const active = doc.activeElement;
    const focusedHref = active instanceof HTMLAnchorElement && old.contains(active) ? active.getAttribute('href') : null;
    const regionFocused = active instanceof HTMLElement && active.matches('.table-wrap') && old.contains(active);
    const scrollLeft = old.querySelector('.table-wrap')?.scrollLeft ?? 0;
    old.replaceWith(fresh);
    const region = fresh.querySelector<HTMLElement>('.table-wrap');
    if (region) region.scrollLeft = scrollLeft;
    if (focusedHref) fresh.querySelector<HTMLElement>(`a[href="${CSS.escape(focusedHref)}"]`)?.focus();
    else if (regionFocused) region?.focus();
    const summary = fresh.dataset['summary'];
    if (announcer && summary && summary !== old.dataset['summary']) announcer.textContent = summary;
  };

  const refresh = async (): Promise<void> => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      const response = await fetch(gridUrl, { credentials: 'same-origin', cache: 'no-store', headers: { accept: 'text/html' } });
      // Signed out meanwhile (a redirect to the sign-in page) or the class is gone: keep what is shown.
      if (response.ok && !response.redirected) swap(await response.text());
    } catch {
      // Offline for a moment: the next change or the refresh link catches up.
    } finally {
      busy = false;
      if (again) {
        again = false;
        void refresh();
      }
    }
  };

  const source = new EventSource(eventsUrl);
  let opened = false;
  source.addEventListener('changed', () => void refresh());
  // After a broken stream reconnects, whatever changed in between is fetched once.
  source.addEventListener('open', () => {
    if (opened) void refresh();
    opened = true;
  });
  // Closed on leaving, so a cached page restored from history opens a fresh stream.
  addEventListener('pagehide', () => source.close());
}
