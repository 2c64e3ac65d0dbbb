// Remedy–medicine interactions, read from resources/safety/interactions.json: a small table that
// editors can review, each pair with the public source that documents it.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const table = z.object({
  medicines: z.record(z.string(), z.array(z.string()).min(1)),
  pairs: z.array(
    z.object({
      remedy: z.array(z.string()).min(1),
      medicines: z.array(z.string()).min(1),
      why: z.string().min(1),
      source: z.object({ title: z.string().min(1), url: z.url() }),
    }),
  ),
});

export interface Interaction {
  id: string;
  /** Patterns for the remedy's names. */
  remedy: string[];
  /** The class of medicine, in words ("blood thinners"), and the patterns for its names. */
  medicine: string;
  medicineNames: string[];
  why: string;
  source: { title: string; url: string };
}

let loaded: Interaction[] | null = null;

/** Every remedy × medicine-class pair in the table. Throws if the table is malformed. */
export function interactions(): Interaction[] {
  if (loaded) return loaded;
  const file = new URL('../../../resources/safety/interactions.json', import.meta.url);
  const data = table.parse(JSON.parse(readFileSync(file, 'utf8')));
  loaded = data.pairs.flatMap((p) =>
    p.medicines.map((m) => {
      const names = data.medicines[m];
      if (!names) throw new Error(`interactions.json: no medicine class "${m}"`);
      return {
        id: `interaction:${p.remedy[0]!.replace(/\W+/g, '-')}:${m.replace(/\W+/g, '-')}`,
        remedy: p.remedy,
        medicine: m,
        medicineNames: names,
        why: p.why,
        source: p.source,
      };
    }),
  );
  return loaded;
}
