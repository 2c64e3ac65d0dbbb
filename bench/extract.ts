// Extraction speed: milliseconds per report over real-length texts (the labelled sets, when
// ../shared is there, and Remedex's own fixtures), after a warm-up. Target: under 1 ms a report.
// Usage: npm run bench:extract
import { existsSync, readFileSync } from 'node:fs';
import { extract } from '../src/domain/extraction/index.js';

const files = [
  '../shared/data/extraction-dev.jsonl',
  '../shared/data/psytar-extraction.jsonl',
  'test/fixtures/extraction/remedex-labelled.jsonl',
  'test/fixtures/extraction/remedex-forum.jsonl',
  'test/fixtures/extraction/remedex-heldout.jsonl',
].filter((f) => existsSync(f));
const texts = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text),
);
const context = { conditionTerms: ['acid reflux', 'heartburn'], remedyTerms: ['ginger'] };
for (const t of texts.slice(0, 200)) extract(t, context); // warm-up, and the lexicon loaded
const rounds = 5;
const started = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const t of texts) extract(t, context);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
console.log(
  `${texts.length} texts (mean ${Math.round(chars)} characters) × ${rounds}: ${(ms / (texts.length * rounds)).toFixed(3)} ms a report`,
);
