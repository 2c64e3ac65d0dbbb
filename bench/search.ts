// Search latency on the benchmark corpus, one client: median and p95 of `searchSite` for a common
// word, a rare word and a phrase, measured in-process after a warm-up (the same call /search makes).
// Usage: npm run bench:search [-- --runs 200]
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { searchSite } from '../src/domain/search/index.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    database: {
      type: 'string',
      default: process.env.BENCH_DATABASE_URL ?? 'sqlite:bench/out/corpus.db',
    },
  },
});
const runs = Number(values.runs);
const database = await openDatabase(values.database);
await migrateToLatest(database.db);
const filters = { remedy: null, condition: null, rating: null, outcome: null };

const queries: [string, string][] = [
  ['common word', 'helped'],
  // The generated corpus has a small vocabulary: its rarest word is still in 131k reports.
  ['rarest word', 'sister'],
  ['word in no report', 'wedding'],
  ['phrase', '"three weeks"'],
  ['word on one remedy page 2', 'cramps'],
  ['two words, ranked by bm25', 'cramps bloating'],
];
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
console.log(`${runs} runs each on ${database.describe}\n`);
console.log('| query | results | median ms | p95 ms |');
console.log('|---|---:|---:|---:|');
for (const [name, q] of queries) {
  const page = name.includes('page 2') ? 2 : 1;
  let total = 0;
  let capped = false;
  for (let i = 0; i < 5; i++) {
    const r = await searchSite(database.db, { q, page, filters });
    total = r.page.total;
    capped = r.capped;
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await searchSite(database.db, { q, page, filters });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `| ${name} (${q}) | ${total.toLocaleString('en-US')}${capped ? '+' : ''} | ${pct(times, 0.5).toFixed(1)} | ${pct(times, 0.95).toFixed(1)} |`,
  );
}
await database.close();
