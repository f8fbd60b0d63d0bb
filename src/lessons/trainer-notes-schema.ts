/** The frontmatter of trainer notes: content/trainer-notes/<locale>/NN-slug.mdx, one per module. */
import { z } from 'zod';

export const trainerNotesSchema = z.strictObject({
  /** e.g. "Deeskalieren – Hinweise für Lehrkräfte, Trainerinnen und Trainer". */
  title: z.string().trim().min(1),
  /** The module the notes belong to; the same number as its lesson. */
  module: z.int().min(1).max(10),
});
export type TrainerNotes = z.infer<typeof trainerNotesSchema>;
