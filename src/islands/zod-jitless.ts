/**
 * zod (the engine's schemas) probes whether it may compile validators with Function() as soon as a
 * schema is built. Our Content-Security-Policy forbids eval, so the probe is a CSP violation that
 * browsers report (Lighthouse's best-practices "issues" audit). Imported first by
 * hydrate-islands.ts, before any schema exists; validation works the same without compiling.
 */
import { config } from 'zod';

config({ jitless: true });
