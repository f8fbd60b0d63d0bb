/**
 * /lti/autosubmit.js: sends the deep-linking answer back to the platform without a click. A file
 * of this site, because the answer page allows no inline script; without it the page's button does it.
 */
import type { APIRoute } from 'astro';

export const prerender = true;

const SCRIPT = `document.querySelector('form[data-autosubmit]')?.submit();\n`;

export const GET: APIRoute = () => new Response(SCRIPT, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
