/**
 * Content collections. Scenarios reuse the engine's checked schema, so `astro build` fails on the
 * same errors as `npm run check:content`, naming the file and the path inside it.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkedScenarioSchema } from './engine/index.ts';
import { glossaryEntrySchema } from './lessons/glossary-schema.ts';
import { lessonSchema } from './lessons/lesson-schema.ts';
import { trainerNotesSchema } from './lessons/trainer-notes-schema.ts';

const scenarios = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: './content/scenarios',
    // The id is the file name; the file's own `id` must match it (checked by the schema below).
    generateId: ({ entry, data }) => {
      const fileId = entry.replace(/\.yaml$/, '');
      if (data['id'] !== fileId) {
        throw new Error(`content/scenarios/${entry}: id "${String(data['id'])}" must equal the file name "${fileId}".`);
      }
      return fileId;
    },
  }),
  schema: checkedScenarioSchema,
});

const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

// One file per term, so authors adding terms never edit the same file.
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
  schema: glossaryEntrySchema,
});

const trainerNotes = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/trainer-notes' }),
  schema: trainerNotesSchema,
});

export const collections = { scenarios, lessons, glossary, trainerNotes };
