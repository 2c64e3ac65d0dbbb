// schema.org structured data (JSON-LD) for remedy pages, typed with `schema-dts` (Google's types
// generated from the schema.org vocabulary), so a property that schema.org does not define for a
// type does not compile.
import type {
  AggregateRating,
  DietarySupplement,
  MedicalCondition,
  MedicalWebPage,
  RecommendedDoseSchedule,
  Substance,
  WithContext,
} from 'schema-dts';
import type { RemedyReports } from '../domain/reading/index.js';
import type { PageContext } from './context.js';
import { excerpt } from './format.js';
import type { LayoutProps } from './layout.js';
import { urls } from './urls.js';

// Kinds taken as supplements are schema.org's DietarySupplement (a Product, so it may carry a
// rating); foods, oils and home remedies are a Substance, which may not.
const SUPPLEMENT_KINDS = new Set(['supplement', 'herb', 'mineral', 'vitamin']);
const SINGLE_INGREDIENT = new Set(['supplement', 'mineral', 'vitamin']);

type Row = RemedyReports['remedy']['article']['dosage']['rows'][number];

const schedule = (r: Row): RecommendedDoseSchedule => ({
  '@type': 'RecommendedDoseSchedule',
  name: r.purpose,
  doseValue: r.amountMin,
  doseUnit: r.unit,
  frequency: r.frequency,
});

/**
 * Review markup only where Google's rules allow it: on a Product type, from readers' own stars,
 * with their count, on a site that sells nothing.
 */
function ratingOf(v: RemedyReports): AggregateRating | null {
  const { rated, average } = v.summary;
  if (rated === 0 || average === null || v.condition !== null) return null;
  return {
    '@type': 'AggregateRating',
    ratingValue: Math.round(average * 10) / 10,
    ratingCount: rated,
    bestRating: 5,
    worstRating: 1,
  };
}

export function remedyJsonLd(
  v: RemedyReports,
  origin = 'http://localhost:3000',
): WithContext<MedicalWebPage> {
  const { remedy } = v;
  const a = remedy.article;
  const abs = (path: string) => new URL(path, origin).toString();
  const rows = a.dosage.rows;
  const highest = rows.reduce<Row | null>(
    (m, r) => (m === null || r.amountMax > m.amountMax ? r : m),
    null,
  );
  const common = {
    name: remedy.name,
    ...(remedy.aliases.length > 0 ? { alternateName: remedy.aliases } : {}),
    description: remedy.summary,
    ...(rows.length > 0 ? { recommendedIntake: rows.map(schedule) } : {}),
    ...(highest
      ? {
          maximumIntake: {
            '@type': 'MaximumDoseSchedule' as const,
            doseValue: highest.amountMax,
            doseUnit: highest.unit,
            frequency: highest.frequency,
          },
        }
      : {}),
    ...(a.cautions.length > 0 || a.whenToStop
      ? { safetyConsideration: [...a.cautions, a.whenToStop].filter(Boolean).join(' ') }
      : {}),
  };
  const rating = ratingOf(v);
  const thing: DietarySupplement | Substance = SUPPLEMENT_KINDS.has(remedy.kind)
    ? {
        '@type': 'DietarySupplement',
        ...common,
        ...(SINGLE_INGREDIENT.has(remedy.kind) ? { activeIngredient: remedy.name } : {}),
        ...(rating ? { aggregateRating: rating } : {}),
      }
    : { '@type': 'Substance', ...common };
  const condition: MedicalCondition | null = v.condition
    ? { '@type': 'MedicalCondition', name: v.condition.name }
    : null;
  const path = v.condition
    ? urls.remedyCondition(remedy.slug, v.condition.slug)
    : urls.remedy(remedy.slug);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: v.condition ? `${remedy.name} for ${v.condition.name}` : remedy.name,
    url: abs(path),
    lastReviewed: remedy.modifiedAt.slice(0, 10),
    dateModified: remedy.modifiedAt,
    about: condition ? [thing, condition] : thing,
    publisher: { '@type': 'Organization', name: 'Remedex', url: abs('/') },
  };
}

/** What a remedy or remedy × condition page puts in its head: description, links and data. */
export function remedyHead(
  v: RemedyReports,
  title: string,
  ctx: PageContext,
): Omit<LayoutProps, 'ctx' | 'children'> {
  const { remedy } = v;
  return {
    title: v.page.page > 1 ? `${title} (page ${v.page.page})` : title,
    description: v.condition
      ? excerpt(`What readers report about ${title}, and the research. ${remedy.summary}`)
      : remedy.summary,
    ogType: 'article',
    jsonLd: remedyJsonLd(v, ctx.origin),
    canonical: v.condition
      ? urls.remedyCondition(remedy.slug, v.condition.slug)
      : urls.remedy(remedy.slug),
    feeds: [
      { title: `New reports on ${title}`, href: urls.remedyFeed(remedy.slug, v.condition?.slug) },
    ],
  };
}
