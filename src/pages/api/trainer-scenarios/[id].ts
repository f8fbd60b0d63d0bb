import type { APIRoute } from 'astro';
import { appOf } from '../../../server/http/locals.ts';
import { ApiProblem, handle } from '../../../server/http/api.ts';
import { requireTrainer } from '../../../server/http/request-auth.ts';
import { deleteOwnScenario, findOwnScenario } from '../../../server/services/own-scenarios.ts';
import { publishedYaml } from '../../../server/services/scenario-texts.ts';

export const prerender = false;

/**
 * A scenario's YAML as a download: a published scenario's file, or the newest version of the
 * trainer's own scenario. Another trainer's scenario is a 404, like none.
 */
export const GET: APIRoute = ({ request, cookies, locals, params }) =>
  handle(request, async () => {
    const app = appOf(locals);
    const trainer = await requireTrainer(app.db, request, cookies);
    const id = params['id'] ?? '';
    let yaml = /^[a-z0-9-]{1,80}$/.test(id) ? await publishedYaml(id) : undefined;
    if (yaml === undefined) {
      const own = await findOwnScenario(app.db, app.ownScenarios, trainer.id, id);
      if (!own.ok) throw ApiProblem.of(own);
      yaml = own.stored.yaml;
    }
    return new Response(yaml, {
      headers: {
        'content-type': 'application/yaml; charset=utf-8',
        'content-disposition': `attachment; filename="${id}.yaml"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  });

/**
 * Deletes every version of the trainer's own scenario and its assignments (runs already stored stay
 * with their learners). HTML forms POST here (the list page's delete button).
 */
export const DELETE: APIRoute = ({ request, cookies, locals, params }) =>
  handle(request, async () => {
    const app = appOf(locals);
    const trainer = await requireTrainer(app.db, request, cookies);
    const deleted = await deleteOwnScenario(app.db, trainer.id, params['id'] ?? '');
    if (!deleted.ok) throw ApiProblem.of(deleted);
    app.sendingLearners.forget();
    await app.afterDeletion();
    return new Response(null, { status: 204 });
  });

export const POST = DELETE;
