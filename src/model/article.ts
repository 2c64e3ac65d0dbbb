import { z } from 'zod';

// A remedy article is a structured document, section by section, so that pages, editors, the
// safety rules (maximum doses) and search can each use the part they need. It is validated by
// the domain before every write, so what the database holds is always a valid article.
const text = z.string().trim().min(1);
const point = z.object({ label: z.string().trim(), text });

export const evidenceLevels = ['strong', 'moderate', 'limited', 'anecdotal'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

export const articleSchema = z.object({
  overview: z.object({ paragraphs: z.array(text).min(1), highlights: z.array(point) }),
  whatItIs: z.object({
    title: text,
    paragraphs: z.array(text),
    points: z.array(point),
    sources: z.string().trim(),
  }),
  research: z.object({
    intro: z.string().trim(),
    findings: z.array(
      z.object({
        area: text,
        claim: text,
        evidence: z.enum(evidenceLevels),
        citations: z.array(z.string()), // citation keys of this remedy
      }),
    ),
    context: z.string().trim(),
  }),
  benefits: z.array(z.object({ title: text, intro: z.string().trim(), points: z.array(point) })),
  dosage: z.object({
    intro: z.string().trim(),
    rows: z.array(
      z.object({
        purpose: text,
        amountMin: z.number().nonnegative(),
        amountMax: z.number().nonnegative(),
        unit: text,
        frequency: text,
        note: z.string().trim(),
      }),
    ),
  }),
  tips: z.array(point),
  sideEffects: z.object({
    intro: z.string().trim(),
    common: z.array(point),
    occasional: z.array(point),
  }),
  cautions: z.array(text),
  whenToStop: text,
  reportHighlights: z.object({ helpful: z.array(point), cautionary: z.array(point) }),
  faq: z.array(z.object({ question: text, answer: text })),
  closing: z.array(text),
  disclaimer: text,
});

export type Article = z.infer<typeof articleSchema>;

/** An article with every section empty: the start of a new remedy, or of an imported one. */
export function emptyArticle(): Article {
  return {
    overview: { paragraphs: [], highlights: [] },
    whatItIs: { title: '', paragraphs: [], points: [], sources: '' },
    research: { intro: '', findings: [], context: '' },
    benefits: [],
    dosage: { intro: '', rows: [] },
    tips: [],
    sideEffects: { intro: '', common: [], occasional: [] },
    cautions: [],
    whenToStop: '',
    reportHighlights: { helpful: [], cautionary: [] },
    faq: [],
    closing: [],
    disclaimer: '',
  };
}
