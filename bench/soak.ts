// Soak benchmark: a mixed load of readers, a quarter signed in (remedy, pair, condition, report and
// list pages, in many variants, searches) and writers (guest reports, replies, helpful votes by members) against
// `remedex serve` in its own process on a fresh demo database, for --minutes. Samples the
// server's resident memory and JS heap (from /metrics) every 10 s and says whether resident
// memory levels off at or under --limit MB. Usage: npm run bench:soak -- --minutes 6
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareSite } from '../src/cli/serve.js';
import { openDatabase } from '../src/db/database.js';
import { signUp, startSession } from '../src/domain/accounts/index.js';
import { startServer } from './server.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '6' },
    workers: { type: 'string', default: '16' },
    limit: { type: 'string', default: '300' },
    // The share of requests that are writes (each one empties the page cache).
    writes: { type: 'string', default: '0.02' },
    // Give every read address a query value of its own, as crawlers with tracking tags do.
    unique: { type: 'boolean', default: false },
    env: { type: 'string', multiple: true, default: [] },
  },
});
const minutes = Number(values.minutes);
const dir = mkdtempSync(join(tmpdir(), 'remedex-soak-'));
const extraEnv = Object.fromEntries(values.env.map((e) => e.split('=') as [string, string]));
// The site is made here, with members and their sessions, before the server starts: a quarter of
// the readers are signed in, and their pages are rendered and compressed every time.
const database = await openDatabase(`sqlite:${join(dir, 'site.db')}`);
await prepareSite(database.db, true);
const sessions: string[] = [];
for (let i = 0; i < 8; i++) {
  const member = await database.db.transaction().execute((trx) =>
    signUp(
      trx,
      {
        displayName: `Soak Reader ${i}`,
        email: `soak${i}@example.org`,
        password: 'a soak passphrase',
      },
      new Date(),
    ),
  );
  sessions.push(await startSession(database.db, member.id, new Date()));
}
await database.close();
const { server, base } = await startServer({
  DATABASE_URL: `sqlite:${join(dir, 'site.db')}`,
  RATE_LIMIT_FACTOR: '1000000',
  ...extraEnv,
});

const remedies = ['l-glutamine', 'ginger', 'turmeric', 'apple-cider-vinegar', 'elderberry'];
const conditions = ['ibs', 'nausea', 'arthritis', 'acid-reflux', 'cold-and-flu', 'leaky-gut'];
const words = ['helped', 'nausea', 'ginger', 'pain', 'sleep', 'stomach', 'dose', 'tea', 'cramps'];
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
const sorts = ['helpful', 'newest', 'highest', 'lowest'];

// Readers ask for pages in many variants, as crawlers and real readers do.
const readUrl = (): string => {
  const r = Math.random();
  if (r < 0.3)
    return `/remedies/${pick(remedies)}?sort=${pick(sorts)}&page=${1 + Math.floor(Math.random() * 4)}`;
  if (r < 0.5) return `/remedies/${pick(remedies)}/${pick(conditions)}?sort=${pick(sorts)}`;
  if (r < 0.6) return `/conditions/${pick(conditions)}`;
  if (r < 0.75) return `/reports/${1 + Math.floor(Math.random() * 480)}`;
  if (r < 0.85) return `/latest?page=${1 + Math.floor(Math.random() * 20)}`;
  return `/search?q=${pick(words)}+${pick(words)}&page=${1 + Math.floor(Math.random() * 3)}`;
};

async function formToken(path: string, cookie = ''): Promise<{ cookie: string; token: string }> {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  const set = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  const token = /name="_csrf" value="([^"]+)"/.exec(await res.text())?.[1] ?? '';
  return { cookie: [cookie, set].filter(Boolean).join('; '), token };
}

const post = (path: string, cookie: string, form: Record<string, string>) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  }).then((r) => r.arrayBuffer());

let requests = 0;
let failures = 0;
const stopAt = Date.now() + minutes * 60_000;
async function worker(): Promise<void> {
  // Writers are guests posting reports and replies, with a fresh form now and then.
  let form = await formToken('/remedies/ginger/reports/new');
  const writeShare = Number(values.writes);
  while (Date.now() < stopAt) {
    try {
      if (Math.random() < writeShare) {
        if (Math.random() < 0.05) form = await formToken('/remedies/ginger/reports/new');
        const text = `Soak ${requests}: ${pick(words)} ${pick(words)} with ginger tea every morning; it eased the nausea a good deal.`;
        await (Math.random() < 0.5
          ? post('/remedies/ginger/reports', form.cookie, {
              _csrf: form.token,
              condition: 'nausea',
              rating: String(1 + Math.floor(Math.random() * 5)),
              body: text,
              displayName: 'Soak Guest',
              email: 'soak@example.org',
              location: 'Leeds, UK',
            })
          : post(`/reports/${1 + Math.floor(Math.random() * 480)}/replies`, form.cookie, {
              _csrf: form.token,
              body: text,
              displayName: 'Soak Guest',
              email: 'soak@example.org',
            }));
      } else {
        const member = Math.random() < 0.25 ? pick(sessions) : null;
        const url = readUrl();
        const tagged = values.unique
          ? `${url}${url.includes('?') ? '&' : '?'}utm=${requests}`
          : url;
        const res = await fetch(`${base}${tagged}`, {
          headers: {
            'accept-encoding': Math.random() < 0.5 ? 'br, gzip' : 'gzip',
            ...(member ? { cookie: `remedex_session=${member}` } : {}),
          },
        });
        await res.arrayBuffer();
        if (res.status >= 500) failures++;
      }
      requests++;
    } catch {
      failures++;
    }
  }
}

const samples: { minute: number; rssMb: number; heapMb: number; externalMb: number }[] = [];
const started = Date.now();
async function sample(): Promise<void> {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  const metrics = await (await fetch(`${base}/metrics`)).text();
  const read = (name: string) =>
    Number(new RegExp(`^${name} (\\S+)`, 'm').exec(metrics)?.[1] ?? 0) / 1024 / 1024;
  samples.push({
    minute: (Date.now() - started) / 60_000,
    rssMb: rss,
    heapMb: read('remedex_process_heap_used_bytes'),
    externalMb: read('remedex_process_external_bytes'),
  });
}
const sampler = setInterval(() => void sample(), 10_000);
await Promise.all(Array.from({ length: Number(values.workers) }, () => worker()));
clearInterval(sampler);
await sample();
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dir, { recursive: true, force: true });

console.log(
  `\n${minutes} min, ${values.workers} workers, ${Number(values.writes) * 100}% writes, ${requests} requests (${(requests / minutes / 60).toFixed(0)}/s), ${failures} failures${values.env.length ? `, ${values.env.join(' ')}` : ''}\n`,
);
console.log('| minute | RSS MB | JS heap MB | external MB |');
console.log('|---:|---:|---:|---:|');
for (const s of samples.filter((_, i) => i % 3 === 2 || i === samples.length - 1))
  console.log(
    `| ${s.minute.toFixed(1)} | ${s.rssMb.toFixed(0)} | ${s.heapMb.toFixed(0)} | ${s.externalMb.toFixed(0)} |`,
  );
const peak = Math.max(...samples.map((s) => s.rssMb));
const lastHalf = samples.slice(Math.floor(samples.length / 2));
const growth = (lastHalf.at(-1)?.rssMb ?? 0) - (lastHalf[0]?.rssMb ?? 0);
console.log(
  `\nPeak RSS ${peak.toFixed(0)} MB (limit ${values.limit}); over the second half RSS moved ${growth.toFixed(0)} MB.`,
);
if (peak > Number(values.limit)) {
  console.error('RSS WENT PAST THE LIMIT');
  process.exit(1);
}
