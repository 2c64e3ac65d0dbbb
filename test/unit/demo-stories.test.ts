import { describe, expect, it } from 'vitest';
import { demoConditions } from '../../src/demo/conditions.js';
import { Random, generateAuthors } from '../../src/demo/generator.js';
import { DEMO_REPORTS, DEMO_SEED, demoRemedies } from '../../src/demo/load.js';
import { SENTENCE_CAP, writeStories } from '../../src/demo/stories/index.js';
import { triage } from '../../src/domain/safety/index.js';

const conditionIds = new Map(demoConditions.map((c, i) => [c.slug, i + 1]));
const conditionOf = new Map(demoConditions.map((c, i) => [i + 1, c]));
const remedies = demoRemedies.map((r, i) => ({
  id: i + 1,
  slug: r.slug,
  conditions: conditionIds,
}));

function write(seed = DEMO_SEED) {
  const random = new Random(seed);
  const authors = generateAuthors(random, 60).map((a, i) => ({ ...a, id: i + 1 }));
  return writeStories({ random, remedies, authors, count: DEMO_REPORTS });
}

const stories = write();
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** Every way a condition is named: its name, its aliases, and the head of "X and Y" names. */
function namesOf(c: (typeof demoConditions)[number]): string[] {
  const head = c.name.split(' and ')[0] as string;
  const singular = c.name.endsWith('s') ? [c.name.slice(0, -1)] : [];
  return [c.name, head, ...singular, ...c.aliases].map((n) => n.toLowerCase());
}
const mentions = (text: string, name: string) =>
  new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i').test(text);

describe('demo reports', () => {
  it('are the same for the same seed', () => {
    expect(write()).toEqual(stories);
  });

  it(`repeat no sentence in more than ${SENTENCE_CAP} reports`, () => {
    const seen = new Map<string, number>();
    for (const { report } of stories)
      for (const s of new Set(sentences(report.body))) seen.set(s, (seen.get(s) ?? 0) + 1);
    const over = [...seen].filter(([, n]) => n > SENTENCE_CAP);
    expect(over).toEqual([]);
    // And the writer is not just dropping sentences: most reports say several things.
    const lengths = stories.map(({ report }) => sentences(report.body).length);
    expect(lengths.filter((n) => n >= 3).length / lengths.length).toBeGreaterThan(0.9);
    const long = stories.filter(({ report }) => report.body.split('\n\n').length >= 3);
    expect(long.length).toBeGreaterThan(60);
    for (const { report } of long) expect(sentences(report.body).length).toBeGreaterThanOrEqual(5);
  });

  it('mention no condition but their own, in the report, its replies and updates', () => {
    const wrong: string[] = [];
    for (const { report, replies, updates } of stories) {
      const text = [report.title ?? '', report.body, ...replies.map((r) => r.body)]
        .concat((updates ?? []).map((u) => u.body))
        .join('\n');
      for (const [id, c] of conditionOf) {
        if (id === report.conditionId) continue;
        for (const name of namesOf(c))
          if (mentions(text, name))
            wrong.push(`${conditionOf.get(report.conditionId)?.slug}: "${name}" in ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('set off the safety triage only where they are meant to', () => {
    const flagged = stories.filter(({ report }) => (report.safety ?? []).length > 0);
    expect(flagged.length).toBeGreaterThanOrEqual(8);
    expect(flagged.some(({ report }) => report.status === 'pending')).toBe(true);
    expect(flagged.some(({ report }) => report.status === 'approved')).toBe(true);
    const unexpected = stories
      .filter(({ report }) => (report.safety ?? []).length === 0)
      .filter(({ report }) => triage(`${report.title ?? ''}\n${report.body}`).length > 0)
      .map(({ report }) => report.body);
    expect(unexpected).toEqual([]);
  });

  it('use the structured fields, titles, every outcome, replies that vary and updates', () => {
    const n = stories.length;
    const structured = stories.filter(({ report }) => report.details);
    expect(structured.length / n).toBeGreaterThan(1 / 3);
    expect(stories.filter(({ report }) => report.title).length / n).toBeGreaterThan(0.7);
    expect(new Set(structured.map(({ report }) => report.details?.outcome))).toEqual(
      new Set(['helped', 'helped_temporarily', 'no_change', 'worse', 'side_effects_only']),
    );
    expect(stories.filter(({ updates }) => (updates ?? []).length > 0).length).toBeGreaterThan(10);
    const replies = stories.flatMap(({ replies }) => replies.map((r) => r.body));
    expect(replies.length).toBeGreaterThan(100);
    const seen = new Map<string, number>();
    for (const r of replies) for (const s of sentences(r)) seen.set(s, (seen.get(s) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > SENTENCE_CAP)).toEqual([]);
    expect(stories.some(({ report }) => /Report #/.test(report.title ?? ''))).toBe(false);
  });

  it('give every Editor’s Choice its reason', () => {
    const chosen = stories.filter(({ report }) => report.editorsChoice);
    expect(chosen.length).toBeGreaterThan(3);
    for (const { report } of chosen) expect(report.choiceReason).toBeTruthy();
  });
});
