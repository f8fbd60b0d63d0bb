/** GET /lti/jwks: the tool's public keys (never a private member), for platforms to verify our signatures. */
import type { APIRoute } from 'astro';
import { appOf } from '../../server/http/locals.ts';
import { json } from '../../server/http/api.ts';
import { publicKeySet } from '../../server/lti/tool-keys.ts';

export const prerender = false;

export const GET: APIRoute = async ({ locals }) => json(await publicKeySet(appOf(locals).db), 200, { 'cache-control': 'public, max-age=300' });
