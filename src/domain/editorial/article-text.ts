import type { Article } from '../../model/article.js';

// Editors write each section as plain Markdown-style text; these functions turn a structured
// article into that text and back, losslessly for everything the form shows:
//   paragraphs      blocks separated by a blank line
//   points          "- **Label:** text" (or "- text" without a label)
//   titled blocks   "## Title" followed by its text (benefits, FAQ)
type Point = { label: string; text: string };

const clean = (s: string) => s.replace(/\r\n?/g, '\n').trim();

export function pointsToText(points: Point[]): string {
  return points.map((p) => (p.label ? `- **${p.label}:** ${p.text}` : `- ${p.text}`)).join('\n');
}

export function textToPoints(text: string): Point[] {
  return clean(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => l.replace(/^[-*•]\s*/, ''))
    .map((l) => {
      const m = /^\*\*(.+?):?\*\*:?\s*(.*)$/.exec(l);
      return m
        ? { label: (m[1] ?? '').replace(/:$/, '').trim(), text: (m[2] ?? '').trim() }
        : { label: '', text: l };
    })
    .filter((p) => p.text !== '');
}

export const listToText = (items: string[]): string => items.map((i) => `- ${i}`).join('\n');
export const textToList = (text: string): string[] =>
  textToPoints(text).map((p) => (p.label ? `${p.label}: ${p.text}` : p.text));

export const paragraphsToText = (paragraphs: string[]): string => paragraphs.join('\n\n');
export const textToParagraphs = (text: string): string[] =>
  clean(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');

/** Paragraphs followed by points: the shape of the overview and "what it is". */
export function proseToText(paragraphs: string[], points: Point[]): string {
  return [paragraphsToText(paragraphs), pointsToText(points)].filter((s) => s !== '').join('\n\n');
}

export function textToProse(text: string): { paragraphs: string[]; points: Point[] } {
  const blocks = clean(text).split(/\n\s*\n/);
  const paragraphs: string[] = [];
  const points: Point[] = [];
  for (const block of blocks) {
    if (/^\s*[-*•]\s/.test(block)) points.push(...textToPoints(block));
    else paragraphs.push(...textToParagraphs(block));
  }
  return { paragraphs, points };
}

export function benefitsToText(benefits: Article['benefits']): string {
  return benefits
    .map((b) =>
      [`## ${b.title}`, b.intro, pointsToText(b.points)].filter((s) => s !== '').join('\n'),
    )
    .join('\n\n');
}

function titledBlocks(text: string): { title: string; body: string }[] {
  const out: { title: string; body: string }[] = [];
  for (const line of clean(text).split('\n')) {
    const heading = /^#{2,3}\s+(.+)$/.exec(line.trim());
    if (heading) out.push({ title: (heading[1] ?? '').trim(), body: '' });
    else if (out.length > 0) (out.at(-1) as { body: string }).body += `${line}\n`;
  }
  return out;
}

export function textToBenefits(text: string): Article['benefits'] {
  return titledBlocks(text).map(({ title, body }) => {
    const lines = body.split('\n');
    const intro = lines
      .filter((l) => l.trim() !== '' && !/^\s*[-*•]\s/.test(l))
      .join(' ')
      .trim();
    return {
      title,
      intro,
      points: textToPoints(lines.filter((l) => /^\s*[-*•]\s/.test(l)).join('\n')),
    };
  });
}

export const faqToText = (faq: Article['faq']): string =>
  faq.map((f) => `## ${f.question}\n${f.answer}`).join('\n\n');
export const textToFaq = (text: string): Article['faq'] =>
  titledBlocks(text)
    .map(({ title, body }) => ({ question: title, answer: body.replace(/\s*\n\s*/g, ' ').trim() }))
    .filter((f) => f.answer !== '');

/** The article's free-text sections as the editor form shows them, by field name. */
export function articleToFields(a: Article): Record<string, string> {
  return {
    overview: proseToText(a.overview.paragraphs, a.overview.highlights),
    whatItIsTitle: a.whatItIs.title,
    whatItIs: proseToText(a.whatItIs.paragraphs, a.whatItIs.points),
    whatItIsSources: a.whatItIs.sources,
    researchIntro: a.research.intro,
    researchContext: a.research.context,
    benefits: benefitsToText(a.benefits),
    dosageIntro: a.dosage.intro,
    tips: pointsToText(a.tips),
    sideEffectsIntro: a.sideEffects.intro,
    sideEffectsCommon: pointsToText(a.sideEffects.common),
    sideEffectsOccasional: pointsToText(a.sideEffects.occasional),
    cautions: listToText(a.cautions),
    whenToStop: a.whenToStop,
    highlightsHelpful: pointsToText(a.reportHighlights.helpful),
    highlightsCautionary: pointsToText(a.reportHighlights.cautionary),
    faq: faqToText(a.faq),
    closing: paragraphsToText(a.closing),
    disclaimer: a.disclaimer,
  };
}
