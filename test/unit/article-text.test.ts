import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/model/article.js';
import {
  articleToFields,
  benefitsToText,
  faqToText,
  proseToText,
  textToBenefits,
  textToFaq,
  textToPoints,
  textToProse,
} from '../../src/domain/editorial/index.js';
import { demoRemedies } from '../../src/demo/load.js';

describe('article text for editors', () => {
  it('reads labelled and plain points', () => {
    expect(textToPoints('- **Gut:** calmer\n* plain one\n\n- **Sleep** better')).toEqual([
      { label: 'Gut', text: 'calmer' },
      { label: '', text: 'plain one' },
      { label: 'Sleep', text: 'better' },
    ]);
  });

  it('round-trips every demo article section without loss', () => {
    for (const remedy of demoRemedies) {
      const a = articleSchema.parse(remedy.article);
      expect(textToProse(proseToText(a.overview.paragraphs, a.overview.highlights))).toEqual({
        paragraphs: a.overview.paragraphs,
        points: a.overview.highlights,
      });
      expect(textToBenefits(benefitsToText(a.benefits))).toEqual(a.benefits);
      expect(textToFaq(faqToText(a.faq))).toEqual(a.faq);
    }
  });

  it('gives the form one text per free-text section', () => {
    const fields = articleToFields(articleSchema.parse(demoRemedies[0]!.article));
    expect(fields.benefits).toMatch(/^## A calmer gut/m);
    expect(fields.faq).toMatch(/^## Is L-glutamine the same thing as glutamate or MSG\?$/m);
    expect(fields.whenToStop).toContain('Stop taking L-glutamine');
  });
});
