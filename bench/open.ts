// Open reading on the 1M corpus, as ratios against the largest remedy's page in the same run
// (interleaved, 3 repetitions, the median of the per-repetition ratios): the sitemap's largest
// chunk (50,000 addresses, streamed), a remedy's Atom feed, and a page of the read API's reports.
// The server's resident memory is sampled throughout: a streamed sitemap keeps it flat.
// Usage: npm run bench:open [-- --duration 10 --connections 32]
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.js';
import { corpusOptions, remediesBySize, startServer } from './server.js';

const values = corpusOptions();
const { duration, connections } = values;

const database = await openDatabase(values.database);
const { db } = database;
const largest = (await remediesBySize(db))[0];
if (!largest) throw new Error('the corpus has no reports');
const chunk = await db
  .selectFrom('reports')
  .select([sql<number>`(id - 1) / 50000`.as('chunk'), (eb) => eb.fn.countAll<number>().as('n')])
  .where('status', '=', 'approved')
  .groupBy(sql`(id - 1) / 50000`)
  .orderBy('n', 'desc')
  .executeTakeFirstOrThrow();
await database.close();

const targets: [string, string][] = [
  [
    `remedy page /remedies/${largest.slug} (${Number(largest.n).toLocaleString('en-US')} reports)`,
    `/remedies/${largest.slug}`,
  ],
  [
    `sitemap chunk ${chunk.chunk} (${Number(chunk.n).toLocaleString('en-US')} addresses)`,
    `/sitemaps/reports-${chunk.chunk}.xml`,
  ],
  [`Atom feed of ${largest.slug} (50 entries)`, `/remedies/${largest.slug}/feed.atom`],
  [
    `API reports page (20, remedy ${largest.slug})`,
    `/api/v1/reports?remedy=${largest.slug}&limit=20`,
  ],
];

const { server, base } = await startServer({
  DATABASE_URL: values.database,
  PAGE_CACHE: 'off',
  DEMO_CONTENT: 'off',
  JOBS_INTERVAL_SECONDS: '0',
  RATE_LIMIT_FACTOR: '100000',
});
let peakKb = 0;
const sampler = setInterval(() => {
  try {
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    peakKb = Math.max(peakKb, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
  } catch {
    // exited
  }
}, 200);

interface Run {
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
  errors: number;
  peakMb: number;
}
const runs = new Map<string, Run[]>(targets.map(([name]) => [name, []]));
for (const [, path] of targets) {
  const probe = await fetch(base + path);
  if (probe.status !== 200) throw new Error(`${path} answered ${probe.status}`);
  await autocannon({ url: base + path, connections, duration: 2 }); // warm-up
}
for (let rep = 0; rep < 3; rep++)
  for (const [name, path] of targets) {
    peakKb = 0;
    const bytes = (await (await fetch(base + path)).arrayBuffer()).byteLength;
    const r = await autocannon({ url: base + path, connections, duration });
    runs.get(name)!.push({
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      bytes,
      errors: r.errors + r.non2xx,
      peakMb: Math.round(peakKb / 1024),
    });
  }
clearInterval(sampler);
server.kill('SIGTERM');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const page = runs.get(targets[0]![0])!;
console.log(
  `\n${connections} connections, ${duration} s each, 3 interleaved repetitions, ${values.database}\n`,
);
console.log(
  '| what | req/s (3 runs) | p99 ms | bytes | peak RSS MB | ratio to the remedy page (median) |',
);
console.log('|---|---:|---:|---:|---:|---:|');
const summary: Record<string, unknown> = {};
for (const [name] of targets) {
  const r = runs.get(name)!;
  const ratio = median(r.map((x, i) => x.rps / page[i]!.rps));
  summary[name] = { runs: r, ratio };
  console.log(
    `| ${name} | ${r.map((x) => x.rps.toFixed(0)).join(' / ')} | ${median(r.map((x) => x.p99))} | ${r[0]!.bytes} | ${Math.max(...r.map((x) => x.peakMb))} | ${ratio.toFixed(3)} |`,
  );
}
writeFileSync(
  'bench/out/open.json',
  JSON.stringify({ at: new Date().toISOString(), connections, duration, summary }, null, 2),
);
