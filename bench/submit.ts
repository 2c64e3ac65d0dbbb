// Load benchmark for contributions: guests submitting reports (held for moderation) as fast as 32
// connections can, against `remedex serve` in its own process on a fresh demo database (SQLite).
// Counts accepted submissions per second, checks that every accepted one is in the database (no
// lost write), and reads the server's peak resident memory. Usage: npm run bench:submit
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './server.js';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/database.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
  },
});
const dir = mkdtempSync(join(tmpdir(), 'remedex-submit-'));
const url = `sqlite:${join(dir, 'site.db')}`;
const { server, base } = await startServer({
  DATABASE_URL: url,
  RATE_LIMIT_FACTOR: '1000000',
});

// A guest's form: its CSRF cookie and token, reused for every submission as a browser would.
const form = await fetch(`${base}/remedies/ginger/reports/new`);
const cookie = (form.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
const body = new URLSearchParams({
  _csrf: token,
  condition: 'nausea',
  rating: '4',
  title: 'Benchmark report',
  body: 'I took 500mg ginger capsules twice a day for two weeks. The nausea settled within a day.',
  displayName: 'Bench Guest',
  email: 'bench@example.org',
  location: 'Leeds, UK',
}).toString();

let peakKb = 0;
const sampler = setInterval(() => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  peakKb = Math.max(peakKb, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
}, 100);
const result = await autocannon({
  url: `${base}/remedies/ginger/reports`,
  method: 'POST',
  connections: Number(values.connections),
  duration: Number(values.duration),
  headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
  body,
});
clearInterval(sampler);
const accepted = result['3xx'];
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));

const database = await openDatabase(url);
const stored = Number(
  (
    await database.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('display_name', '=', 'Bench Guest')
      .executeTakeFirstOrThrow()
  ).n,
);
await database.close();
rmSync(dir, { recursive: true, force: true });

console.log(
  `\n${values.connections} connections, ${values.duration} s, on a fresh demo database (SQLite)\n`,
);
console.log('| accepted/s | accepted | stored | other answers | p50 ms | p99 ms | peak RSS MB |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
console.log(
  `| ${(accepted / Number(values.duration)).toFixed(0)} | ${accepted} | ${stored} | ${result.non2xx - accepted + result.errors} | ${result.latency.p50} | ${result.latency.p99} | ${(peakKb / 1024).toFixed(0)} |`,
);
// Requests still in flight when the clock stops are stored but not counted by autocannon: at most
// one per connection.
if (stored < accepted || stored - accepted > Number(values.connections)) {
  console.error(`LOST OR STRAY WRITES: ${accepted} accepted but ${stored} stored`);
  process.exit(1);
}
console.log(
  `\nEvery accepted submission is stored (${stored - accepted} more were in flight at the end).`,
);
