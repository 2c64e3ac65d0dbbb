import { describe, expect, it } from 'vitest';
import { diffContents, diffLines } from '../../src/domain/editorial/index.js';
import { ginger } from '../../src/demo/remedies/others.js';

describe('the revision diff', () => {
  it('keeps common lines and marks the words that changed inside a changed line', () => {
    expect(diffLines('a\nTake it with food.\nc', 'a\nTake it after food.\nc\nd')).toEqual([
      { op: 'same', text: 'a' },
      {
        op: 'change',
        text: 'Take it after food.',
        pieces: [
          { op: 'same', text: 'Take it ' },
          { op: 'del', text: 'with' },
          { op: 'add', text: 'after' },
          { op: 'same', text: ' food.' },
        ],
      },
      { op: 'same', text: 'c' },
      { op: 'add', text: 'd' },
    ]);
  });
  it('shows a section that was empty as added lines only', () => {
    expect(diffLines('', 'x')).toEqual([{ op: 'add', text: 'x' }]);
  });
  it('names sections as the form does and tells rows in words, never as stored data', () => {
    const before = {
      name: 'Ginger',
      summary: 'A root.',
      status: 'published',
      article: { ...ginger.article, whenToStop: 'Stop if it hurts.' },
      citations: [{ key: 'a', title: 'A trial', source: 'J', year: 2020, url: null }],
      uses: [
        { condition: 'nausea', evidenceLevel: 'moderate', note: 'Pregnancy.', citations: ['a'] },
      ],
    };
    const after = {
      ...before,
      article: { ...before.article, whenToStop: 'Stop if it hurts or you bleed.' },
      uses: [
        { condition: 'nausea', evidenceLevel: 'strong', note: 'Pregnancy.', citations: ['a'] },
      ],
    };
    const sections = diffContents(before, after);
    expect(sections.map((s) => s.name)).toEqual([
      'When to stop and call your doctor',
      'Uses by condition',
    ]);
    const uses = sections[1]?.lines ?? [];
    expect(uses).toHaveLength(1);
    expect(uses[0]).toMatchObject({
      op: 'change',
      text: 'nausea: strong evidence, “Pregnancy.”; sources: a',
    });
    expect(JSON.stringify(sections)).not.toMatch(/"evidenceLevel"|\{\\"/);
    // The same content twice is no change at all.
    expect(diffContents(before, structuredClone(before))).toEqual([]);
  });
});
