// Tolerable upper intake levels, read from resources/safety/upper-limits.json: the safety triage's
// maximum for a nutrient when the remedy's article gives none.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const table = z.object({
  limits: z.array(
    z.object({
      /** As shown to readers: "vitamin C". */
      name: z.string().min(1),
      nutrient: z.array(z.string().min(1)).min(1),
      mg: z.number().positive(),
      iu: z.number().positive().optional(),
      source: z.object({ title: z.string().min(1), url: z.url() }),
    }),
  ),
});

export type UpperLimit = z.infer<typeof table>['limits'][number];

let loaded: UpperLimit[] | null = null;

/** Every nutrient's daily upper limit. Throws if the table is malformed. */
export function upperLimits(): UpperLimit[] {
  if (loaded) return loaded;
  const file = new URL('../../../resources/safety/upper-limits.json', import.meta.url);
  loaded = table.parse(JSON.parse(readFileSync(file, 'utf8'))).limits;
  return loaded;
}
