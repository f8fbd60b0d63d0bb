import type { APIRoute } from 'astro';
import { z } from 'zod';
import { appOf, clientKeyOf } from '../../server/http/locals.ts';
import { ApiProblem, handle, json, readBody } from '../../server/http/api.ts';
import { joinClass } from '../../server/services/join.ts';
import { hasConsistentScripts, normalisePseudonym } from '../../server/services/pseudonym.ts';

export const prerender = false;

const body = z.strictObject({
  code: z.string().trim().min(4).max(20),
  // A name the learner picks; letters, digits, spaces and a few marks, so it stays a name.
  pseudonym: z
    .string()
    .transform(normalisePseudonym)
    .pipe(
      z
        .string()
        .min(2, { error: 'The name needs at least 2 characters.' })
        .max(30, { error: 'The name may have at most 30 characters.' })
        .regex(/^[\p{L}\p{N}\p{M} _.'-]+$/u, { error: 'Use letters, digits, spaces, . _ \' or - only.' })
        .refine(hasConsistentScripts, { error: 'Write the name in one alphabet: it mixes letters of different scripts (e.g. a Cyrillic "А" among Latin letters) that look alike.' }),
    ),
});

export const POST: APIRoute = ({ request, clientAddress, locals }) =>
  handle(request, async () => {
    const { code, pseudonym } = await readBody(request, body);
    const { db, limits, classChanges } = appOf(locals);
    const result = await joinClass(db, code, pseudonym, clientKeyOf(locals, clientAddress), limits.joinsPerAddress);
    if (!result.ok) throw ApiProblem.of(result);
    // "joined" appears on the class page while it is open.
    classChanges.changed(result.classId);
    return json(result.joined, 201);
  });
