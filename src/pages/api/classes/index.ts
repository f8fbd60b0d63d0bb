import type { APIRoute } from 'astro';
import { z } from 'zod';
import { appOf } from '../../../server/http/locals.ts';
import { handle, json, readBody } from '../../../server/http/api.ts';
import { requireTrainer } from '../../../server/http/request-auth.ts';
import { listClasses } from '../../../server/repos/classes.ts';
import { createClass } from '../../../server/services/classes.ts';

export const prerender = false;

export const classNameSchema = z.string().trim().min(1, { error: 'Give the class a name.' }).max(80);

export const GET: APIRoute = ({ request, cookies, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const trainer = await requireTrainer(db, request, cookies);
    const classes = await listClasses(db, trainer.id);
    return json({
      classes: classes.map((c) => ({ id: c.id, name: c.name, joinCode: c.join_code, archived: c.archived_at !== null, learners: Number(c.learner_count), createdAt: c.created_at })),
    });
  });

export const POST: APIRoute = ({ request, cookies, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const trainer = await requireTrainer(db, request, cookies);
    const { name } = await readBody(request, z.strictObject({ name: classNameSchema }));
    const cls = await createClass(db, trainer.id, name);
    return json({ class: { id: cls.id, name: cls.name, joinCode: cls.join_code, archived: false } }, 201);
  });
