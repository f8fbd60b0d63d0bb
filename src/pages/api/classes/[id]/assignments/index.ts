import type { APIRoute } from 'astro';
import { z } from 'zod';
import type { Scenario } from '../../../../../engine/index.ts';
import { appOf } from '../../../../../server/http/locals.ts';
import { handle, ApiProblem, json, readBody } from '../../../../../server/http/api.ts';
import { requireTrainerClass } from '../../../../../server/http/request-auth.ts';
import { upsertAssignments } from '../../../../../server/repos/assignments.ts';
import { findOwnScenario } from '../../../../../server/services/own-scenarios.ts';

export const prerender = false;

const body = z.strictObject({
  // A number from JSON, or digits from a form field; nothing else (no booleans coerced to 1).
  module: z
    .union([z.int(), z.string().regex(/^\d{1,2}$/).transform(Number)])
    .pipe(z.int().min(1).max(10))
    .optional(),
  /**
   * One scenario; it wins over `module` (the class page's form sends both, and the scenario is the
   * more specific choice). Empty or left out: every scenario of `module` at once.
   */
  scenarioId: z
    .union([z.literal(''), z.string().regex(/^[a-z0-9-]{1,80}$/)])
    .optional()
    .transform((v) => v || null),
  mode: z.enum(['practice', 'test']).default('practice'),
  dueDate: z
    .union([z.literal(''), z.iso.date()])
    .optional()
    .transform((v) => v || null),
  // A checkbox sends "on" when ticked and nothing otherwise; JSON sends true or false. Off by default.
  collectReplies: z
    .union([z.boolean(), z.literal('on')])
    .optional()
    .transform((v) => v === true || v === 'on'),
});

/** Assigns one scenario of a module, or all of them (again: changes their mode, due date and whether written replies are collected). */
export const POST: APIRoute = ({ request, cookies, params, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const { cls, trainer } = await requireTrainerClass(db, request, cookies, params['id']);
    const input = await readBody(request, body);
    const source = appOf(locals).scenarios;
    let chosen: Scenario[];
    if (input.scenarioId) {
      // A published scenario, or one of the trainer's own (docs/trainer-scenarios.md); never another trainer's.
      const own = async (id: string) => {
        const found = await findOwnScenario(db, appOf(locals).ownScenarios, trainer.id, id);
        return found.ok ? found.stored.scenario : undefined;
      };
      const scenario = (await source.get(input.scenarioId))?.scenario ?? (await own(input.scenarioId));
      if (!scenario) throw new ApiProblem('scenario-unknown', { scenarioId: input.scenarioId });
      chosen = [scenario];
    } else {
      if (input.module === undefined) throw new ApiProblem('invalid-request', { summary: 'send module or scenarioId' });
      chosen = await source.ofModule(input.module);
      if (chosen.length === 0) throw new ApiProblem('module-without-scenario', { module: input.module });
    }
    await upsertAssignments(
      db,
      cls.id,
      chosen.map((s) => ({ scenarioId: s.id, module: s.module, mode: input.mode, dueDate: input.dueDate, collectReplies: input.collectReplies })),
    );
    appOf(locals).sendingLearners.forget();
    return json({ ok: true, scenarios: chosen.map((s) => s.id) }, 201);
  });
