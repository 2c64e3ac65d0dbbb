// The render owner's two guards: stored cards are kept valid by database triggers whose column
// lists are written by hand, and cards are stored under a digest of a sample card.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHOWN } from '../../src/db/migrations/20261202T0200_report_tags.js';
import { reportSelect } from '../../src/db/repositories/reports/report-rows.js';
import type { DatabaseSchema } from '../../src/db/schema.js';
import { sampleCard } from '../../src/http/render/card-format.js';
import { ReportCard, cardFragment } from '../../src/views/components/report.js';

describe('the report card triggers', () => {
  // Columns a card is read with that never change its markup, each with the reason.
  const notShown: Record<string, string> = {
    id: 'the card is stored under it',
    card_version: 'the version itself',
    author_email: 'feeds the post count, filled in when the card is read',
    moderation_reason: 'shown to the author and moderators, not on cards',
    updated_at: 'shown on the report page, not on cards',
  };

  it('raise the card version for every column of reports a card is read with', () => {
    const db = new Kysely<DatabaseSchema>({
      dialect: new SqliteDialect({ database: new Database(':memory:') }),
    });
    const { sql } = reportSelect(db).select('r.card_version').compile();
    const read = new Set([...sql.matchAll(/"r"\."(\w+)"/g)].map((m) => m[1] as string));
    expect(read.size).toBeGreaterThan(20);
    const shown = SHOWN.split(', ');
    const missing = [...read].filter((c) => !shown.includes(c) && !(c in notShown));
    expect(missing, 'add these to SHOWN in a new trigger migration, or to notShown').toEqual([]);
  });

  it('are right that the columns left out change nothing on a card', () => {
    const plain = ReportCard({ report: sampleCard, slots: true }).value;
    const changed = ReportCard({
      report: { ...sampleCard, moderationReason: 'Spam', updatedAt: '2026-02-01T00:00:00.000Z' },
      slots: true,
    }).value;
    expect(changed).toBe(plain);
  });
});

describe('the sample card', () => {
  it('shows every part a card can have, so the markup digest covers them all', () => {
    const source = readFileSync('src/views/components/report.tsx', 'utf8');
    const classes = new Set(
      [...source.matchAll(/class="([^"]+)"/g)].flatMap((m) => (m[1] as string).split(/\s+/)),
    );
    const html = cardFragment(sampleCard); // exactly what is stored
    const shown = new Set(
      [...html.matchAll(/class="([^"]+)"/g)].flatMap((m) => (m[1] as string).split(/\s+/)),
    );
    // Not on a stored card: the remedy named on mixed lists (context), and post counts, which are
    // slots filled in when the card is read.
    const missing = [...classes].filter(
      (c) => !shown.has(c) && c !== 'context' && c !== 'post-count',
    );
    expect(missing, 'give the sample card (src/http/render/card-format.ts) these parts').toEqual(
      [],
    );
  });
});
