// The markup cards are stored with: a digest of a card that shows every part a card can have, so
// a release that changes how cards look never serves cards stored by the one before.
import { createHash } from 'node:crypto';
import type { SafetyFinding } from '../../model/safety.js';
import type { ReportWithReplies } from '../../model/types.js';
import { cardFragment } from '../../views/components/report.js';

// Never shown to anyone. test/unit/card-format.test.ts fails when a part of a card is missing here.
const sampleSafety: SafetyFinding[] = [
  {
    rule: 'r',
    category: 'drug_interaction',
    reason: 'Why.',
    matches: [],
    source: { title: 'S', url: 'https://example.org/s' },
  },
];
const sampleAuthor = { userId: 1, displayName: 'A', location: 'B', postCount: 2 };
export const sampleCard: ReportWithReplies = {
  id: 1,
  remedy: { slug: 'r', name: 'R' },
  condition: { slug: 'c', name: 'C' },
  author: sampleAuthor,
  postedAt: '2026-01-01T00:00:00.000Z',
  rating: 4,
  tags: ['G'],
  title: 'T',
  body: 'Text with **bold**, *emphasis*, https://example.org, a@example.org and 0117 496 0000\n\n- a list',
  editorsChoice: true,
  helpfulCount: 2,
  status: 'approved',
  details: {
    dose: { min: 1, max: 2, unit: 'g', frequency: 'daily' },
    form: 'powder',
    brand: 'B',
    takenDays: 30,
    effectDays: 7,
    outcome: 'helped',
    forWhom: 'child',
    commercialTie: 'C',
    sideEffects: [{ term: 'bloating', severity: 'mild', note: 'N' }],
  },
  safety: sampleSafety,
  editorNote: 'N',
  choiceReason: 'W',
  moderationReason: null,
  updatedAt: null,
  replies: [
    {
      id: 2,
      reportId: 1,
      author: { ...sampleAuthor, userId: null },
      postedAt: '2026-01-02T00:00:00.000Z',
      body: 'R',
      safety: sampleSafety,
    },
  ],
  updates: [
    {
      id: 3,
      reportId: 1,
      postedAt: '2026-01-03T00:00:00.000Z',
      body: 'F',
      outcome: 'worse',
      safety: sampleSafety,
    },
  ],
};

export const cardFormat = createHash('sha256')
  .update(cardFragment(sampleCard))
  .digest('hex')
  .slice(0, 16);
