// Search latency through HTTP on the benchmark corpus, one client: median and p95 of GET /search
// for a common word, a rare word, a phrase and two words, answered by `remedex serve` from the
// build in a process of its own (as in production), one request at a time over a kept-alive
// connection, after a warm-up. Usage: npm run bench:search [-- --runs 200]
import { parseArgs } from 'node:util';
import { Agent, request } from 'node:http';
import { existsSync } from 'node:fs';
import { remedexServe, stopProcess } from './processes.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    database: {
      type: 'string',
      default: process.env.BENCH_DATABASE_URL ?? 'sqlite:bench/out/corpus.db',
    },
  },
});
const runs = Number(values.runs);
if (values.database.startsWith('sqlite:') && !existsSync(values.database.slice(7))) {
  console.error(`No corpus at ${values.database}. Make one first: npm run bench:corpus`);
  process.exit(1);
}
const server = await remedexServe(values.database, 'off');
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** One GET, timed from sending to the last byte; resolves with the status, bytes and time. */
function get(path: string): Promise<{ status: number; bytes: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    request(server.url + path, { agent }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - t0 }),
      );
    })
      .on('error', reject)
      .end();
  });
}

const queries: [string, string][] = [
  ['common word', 'helped'],
  // The generated corpus has a small vocabulary: its rarest word is still in 131k reports.
  ['rarest word', 'sister'],
  ['word in no report', 'wedding'],
  ['phrase', '"three weeks"'],
  ['word, page 2', 'cramps'],
  ['two words', 'cramps bloating'],
];
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
console.log(`${runs} requests each, one client, through HTTP, on ${values.database}\n`);
console.log('| query | median ms | p95 ms | bytes |');
console.log('|---|---:|---:|---:|');
const results: Record<string, { median: number; p95: number }> = {};
for (const [name, q] of queries) {
  const path = `/search?q=${encodeURIComponent(q)}${name.includes('page 2') ? '&page=2' : ''}`;
  for (let i = 0; i < 10; i++) await get(path);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const r = await get(path);
    if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
    times.push(r.ms);
    bytes = r.bytes;
  }
  times.sort((a, b) => a - b);
  results[name] = { median: pct(times, 0.5), p95: pct(times, 0.95) };
  console.log(
    `| ${name} (${q}) | ${pct(times, 0.5).toFixed(1)} | ${pct(times, 0.95).toFixed(1)} | ${bytes} |`,
  );
}
agent.destroy();
await stopProcess(server);
const worst = Math.max(...Object.values(results).map((r) => r.p95));
console.log(`\nworst p95: ${worst.toFixed(1)} ms (target under 20 ms)`);
