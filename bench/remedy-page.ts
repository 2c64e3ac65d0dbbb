// Load benchmark: the remedy page of the largest and the smallest remedy, against the very same
// bytes served as a static file by Fastify in the same run (the baseline). Figures are ratios,
// because this 2-core machine is noisy. Every server runs in a process of its own (`remedex serve`,
// as in production), so autocannon never shares the server's thread: measured in one process, the
// client's work was added to every request and hid most of the difference between a server that
// renders and one that sends bytes. Usage: npm run bench [-- --duration 10 --connections 32]
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { rebuildInsight } from '../src/db/repositories/insight/insight.js';
import { refreshFacts } from '../src/domain/insight/index.js';
import { corpusOptions, remediesBySize } from './server.js';

const values = corpusOptions();
const { duration, connections } = values;
const out = 'bench/out';

const database = await openDatabase(values.database);
await migrateToLatest(database.db);
const sizes = await remediesBySize(database.db);
const largest = sizes[0];
const smallest = sizes.at(-1);
if (!largest || !smallest) throw new Error('the corpus has no reports');

// The corpus is written without extraction (1M texts would take minutes); the two remedies
// measured get their facts read once, so their pages carry real insight charts.
for (const remedy of [largest, smallest]) {
  const ids = (
    await database.db
      .selectFrom('reports as r')
      .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
      .leftJoin('report_facts as f', 'f.report_id', 'r.id')
      .select('r.id')
      .where('m.slug', '=', remedy.slug)
      .where('f.report_id', 'is', null)
      .execute()
  ).map((r) => r.id);
  if (ids.length === 0) continue;
  console.log(`reading facts of ${ids.length} reports of ${remedy.slug} (once)…`);
  await database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < ids.length; i += 1000) await refreshFacts(trx, ids.slice(i, i + 1000));
    await rebuildInsight(trx);
  });
}
const topCondition = async (slug: string) =>
  (
    await database.db
      .selectFrom('report_tallies as t')
      .innerJoin('remedies as m', 'm.id', 't.remedy_id')
      .innerJoin('conditions as c', 'c.id', 't.condition_id')
      .select(['c.slug', 't.report_count'])
      .where('m.slug', '=', slug)
      .orderBy('t.report_count', 'desc')
      .executeTakeFirstOrThrow()
  ).slug;

interface Server {
  url: string;
  process: ChildProcess;
  peakKb: number;
  sampler?: NodeJS.Timeout;
}

let nextPort = 20000 + Math.floor(Math.random() * 20000);
/** Starts a server process and waits until it answers; its resident memory is sampled. */
async function start(args: string[], env: Record<string, string>, probe: string): Promise<Server> {
  const port = nextPort++;
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url + probe)).status < 500) break;
    } catch {
      // not up yet
    }
    if (i > 300) throw new Error(`${args.join(' ')} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const server: Server = { url, process: child, peakKb: 0 };
  server.sampler = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      server.peakKb = Math.max(server.peakKb, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // exited
    }
  }, 200);
  return server;
}

async function stop(server: Server): Promise<void> {
  clearInterval(server.sampler);
  server.process.kill('SIGTERM');
  if (server.process.exitCode === null) await new Promise((r) => server.process.once('exit', r));
}

const remedex = (pageCache: 'on' | 'off') =>
  start(
    ['bin/serve.js'],
    {
      DATABASE_URL: values.database,
      PAGE_CACHE: pageCache,
      DEMO_CONTENT: 'off',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
    },
    '/healthz',
  );
const app = await remedex('off');
const appUrl = app.url;

interface Result {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  bytes: number;
  errors: number;
}

async function load(name: string, url: string): Promise<Result> {
  const probe = await fetch(url);
  if (probe.status !== 200) throw new Error(`${url} answered ${probe.status}`);
  const bytes = (await probe.arrayBuffer()).byteLength;
  await autocannon({ url, connections, duration: 2 }); // warm-up
  const r = await autocannon({ url, connections, duration });
  return {
    name,
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    bytes,
    errors: r.errors + r.non2xx,
  };
}

const results: Result[] = [];
const pages: [string, string][] = [];
for (const remedy of [largest, smallest]) {
  const n = Number(remedy.n).toLocaleString('en-US');
  pages.push([`remedy page ${remedy.slug} (${n} reports)`, `/remedies/${remedy.slug}`]);
}
for (const remedy of [largest, smallest]) {
  const condition = await topCondition(remedy.slug);
  pages.push([
    `remedy × condition page ${remedy.slug}/${condition}`,
    `/remedies/${remedy.slug}/${condition}`,
  ]);
}
await database.close();
for (const [, path] of pages) {
  const file = path.slice(1).replace(/\//g, '_');
  writeFileSync(`${out}/static/${file}.html`, await (await fetch(appUrl + path)).text());
}
const staticServer = await start(
  ['--import', 'tsx', 'bench/static-server.ts', `${process.cwd()}/${out}/static`],
  {},
  '/',
);
const staticUrl = staticServer.url;
for (const [name, path] of pages) {
  const file = path.slice(1).replace(/\//g, '_');
  results.push(await load(name, appUrl + path));
  results.push(await load(`static file, same bytes (${path})`, `${staticUrl}/${file}.html`));
}
await stop(app);
const cached = await remedex('on');
const cachedResults: Result[] = [];
for (const [name, path] of pages.slice(0, 2)) {
  cachedResults.push(await load(`${name}, page cache on`, cached.url + path));
}
await stop(cached);
await stop(staticServer);
console.log(
  `\npeak resident memory: app ${(app.peakKb / 1024).toFixed(0)} MB, with the page cache ${(cached.peakKb / 1024).toFixed(0)} MB`,
);

const [big, bigStatic, small, smallStatic, bigPair, bigPairStatic, smallPair, smallPairStatic] =
  results as [Result, Result, Result, Result, Result, Result, Result, Result];
console.log(`\n${connections} connections, ${duration} s each, on ${database.describe}\n`);
console.log('| what | req/s | p50 ms | p99 ms | bytes | errors |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of [...results, ...cachedResults]) {
  console.log(
    `| ${r.name} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.bytes} | ${r.errors} |`,
  );
}
const ratios = {
  largestVsStatic: big.requestsPerSecond / bigStatic.requestsPerSecond,
  smallestVsStatic: small.requestsPerSecond / smallStatic.requestsPerSecond,
  largestVsSmallest: big.requestsPerSecond / small.requestsPerSecond,
  largestPairVsStatic: bigPair.requestsPerSecond / bigPairStatic.requestsPerSecond,
  smallestPairVsStatic: smallPair.requestsPerSecond / smallPairStatic.requestsPerSecond,
  largestPairVsSmallestPair: bigPair.requestsPerSecond / smallPair.requestsPerSecond,
  largestCachedVsStatic: (cachedResults[0]?.requestsPerSecond ?? 0) / bigStatic.requestsPerSecond,
  smallestCachedVsStatic:
    (cachedResults[1]?.requestsPerSecond ?? 0) / smallStatic.requestsPerSecond,
};
console.log(`\nratio remedy page / static, largest remedy:  ${ratios.largestVsStatic.toFixed(3)}`);
console.log(`ratio remedy page / static, smallest remedy: ${ratios.smallestVsStatic.toFixed(3)}`);
console.log(`ratio largest / smallest remedy page req/s:  ${ratios.largestVsSmallest.toFixed(3)}`);
console.log(`ratio pair page / static, largest remedy:  ${ratios.largestPairVsStatic.toFixed(3)}`);
console.log(`ratio pair page / static, smallest remedy: ${ratios.smallestPairVsStatic.toFixed(3)}`);
console.log(
  `ratio largest / smallest pair page req/s:    ${ratios.largestPairVsSmallestPair.toFixed(3)}`,
);
console.log(
  `ratio cached remedy page / static, largest:  ${ratios.largestCachedVsStatic.toFixed(3)}`,
);
console.log(
  `ratio cached remedy page / static, smallest: ${ratios.smallestCachedVsStatic.toFixed(3)}`,
);
writeFileSync(
  `${out}/remedy-page.json`,
  JSON.stringify({ at: new Date().toISOString(), connections, duration, results, ratios }, null, 2),
);
