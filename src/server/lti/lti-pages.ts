/**
 * The few pages the LTI endpoints answer with themselves (they are responses to cross-site POSTs,
 * not pages of the site): a refusal in the user's language, the deep-linking picker, and the form
 * that returns the picked item to the platform. Every text goes through `escapeHtml`.
 */
import type { Locale } from '../../engine/index.ts';
import type { Catalogue } from './catalogue.ts';
import { LTI_PROBLEMS, type LtiProblemCode } from './lti-problems.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font:1.05rem/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
fieldset{border:1px solid #767676;border-radius:.4rem;margin:0 0 1rem;padding:.5rem 1rem}legend{font-weight:700}
label{display:block;padding:.3rem 0}button{font:inherit;padding:.5rem 1.2rem;border:2px solid #1a1a1a;border-radius:.4rem;background:#ffe14d;color:#1a1a1a;cursor:pointer}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}`;

interface PageOptions {
  locale: Locale;
  title: string;
  body: string;
  /** Script files of this site to load (none inline: the Content-Security-Policy allows none). */
  scripts?: string[];
}

function page({ locale, title, body, scripts = [] }: PageOptions): string {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} – Candystorm</title><style>${STYLE}</style>
${scripts.map((src) => `<script src="${escapeHtml(src)}" defer></script>`).join('')}</head>
<body><main>${body}</main></body></html>`;
}

/** HTTP headers for these pages; `formTarget`/`frameAncestor` open exactly one origin each. */
export function pageHeaders(options: { formTarget?: string | undefined; frameAncestor?: string | undefined } = {}): Record<string, string> {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'unsafe-inline'",
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${options.formTarget ? ` ${options.formTarget}` : ''}`,
    // The platform shows the picker in a dialog (often an iframe): it, and only it, may frame it.
    `frame-ancestors ${options.frameAncestor ?? "'none'"}`,
  ].join('; ');
  return { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': csp };
}

const TEXT = {
  de: { refused: 'Start aus dem Lernportal abgelehnt', pick: 'Inhalt für den Kurs auswählen', lang: 'Sprache', add: 'Zum Kurs hinzufügen', module: 'Ganzes Modul', back: 'Zurück zum Lernportal', chosen: 'Ausgewählt:', noScript: 'Falls es nicht von selbst weitergeht:' },
  en: { refused: 'Launch from the learning platform refused', pick: 'Choose content for the course', lang: 'Language', add: 'Add to the course', module: 'Whole module', back: 'Back to the learning platform', chosen: 'Chosen:', noScript: 'If nothing happens by itself:' },
} as const;

export function refusalPage(code: LtiProblemCode, locale: Locale): Response {
  const problem = LTI_PROBLEMS[code];
  const t = TEXT[locale];
  const html = page({ locale, title: t.refused, body: `<h1>${t.refused}</h1><p role="alert" data-code="${code}">${escapeHtml(problem[locale])}</p>` });
  return new Response(html, { status: problem.status, headers: pageHeaders() });
}

/** The picker: one radio group per module (the module itself, then its scenarios), the language, one button. */
export function pickerPage(catalogue: Catalogue, locale: Locale, requestToken: string, frameAncestor: string | undefined): Response {
  const t = TEXT[locale];
  const groups = catalogue
    .map((m) => {
      const options = [
        `<label><input type="radio" name="item" value="module:${m.module}" required> ${t.module}: ${escapeHtml(m.title[locale])}</label>`,
        ...m.scenarios.map((s) => `<label><input type="radio" name="item" value="scenario:${escapeHtml(s.id)}"> ${escapeHtml(s.title[locale])}</label>`),
      ];
      return `<fieldset><legend>${m.module}. ${escapeHtml(m.title[locale])}</legend>${options.join('')}</fieldset>`;
    })
    .join('');
  const langs = (['de', 'en'] as const)
    .map((l) => `<label><input type="radio" name="lang" value="${l}"${l === locale ? ' checked' : ''}> ${l === 'de' ? 'Deutsch' : 'English'}</label>`)
    .join('');
  const body = `<h1>${t.pick}</h1><form method="post" action="/lti/deep-link"><input type="hidden" name="request" value="${escapeHtml(requestToken)}">
<fieldset><legend>${t.lang}</legend>${langs}</fieldset>${groups}<button type="submit">${t.add}</button></form>`;
  return new Response(page({ locale, title: t.pick, body }), { status: 200, headers: pageHeaders({ frameAncestor }) });
}

/** The signed answer for the platform, sent by a script file or by the visible button. */
export function deepLinkReturnPage(returnUrl: string, jwt: string, title: string, locale: Locale, frameAncestor: string | undefined): Response {
  const t = TEXT[locale];
  const body = `<h1>${t.chosen} ${escapeHtml(title)}</h1><form method="post" action="${escapeHtml(returnUrl)}" data-autosubmit>
<input type="hidden" name="JWT" value="${escapeHtml(jwt)}"><p>${t.noScript}</p><button type="submit">${t.back}</button></form>`;
  return new Response(page({ locale, title: t.chosen, body, scripts: ['/lti/autosubmit.js'] }), {
    status: 200,
    headers: pageHeaders({ formTarget: new URL(returnUrl).origin, frameAncestor }),
  });
}
