// Load benchmark against the real limit: the remedy page and the remedy × condition page of the
// largest and the smallest remedy, each against Debian's nginx serving the very same bytes and a
// bare Fastify route answering the same prebuilt buffer, in the same run. Every server is a
// process of its own and wrk (C, outside Node) is the client; repetitions are interleaved and the
// figures are medians of per-repetition ratios, because this 2-core machine is noisy.
// Usage: npm run bench [-- --duration 10 --connections 32 --repetitions 3 --database URL]
import { writeFileSync } from 'node:fs';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { corpusOptions, remediesBySize } from './server.js';
import { readFactsOnce, topCondition } from './corpus.js';
import { fetchBytes, median, remedexServe, startProcess, stopProcess } from './processes.js';
import { startNginx } from './nginx.js';
import { type Load, wrk } from './wrk.js';

const values = corpusOptions();
const { duration, connections, repetitions } = values;
const out = 'bench/out';

const database = await openDatabase(values.database);
await migrateToLatest(database.db);
const sizes = await remediesBySize(database.db);
const largest = sizes[0];
const smallest = sizes.at(-1);
if (!largest || !smallest) throw new Error('the corpus has no reports');
await readFactsOnce(database.db, [largest.slug, smallest.slug]);
const pages: { name: string; path: string; file: string }[] = [];
for (const remedy of [largest, smallest]) {
  const n = Number(remedy.n).toLocaleString('en-US');
  pages.push({
    name: `remedy ${remedy.slug} (${n} reports)`,
    path: `/remedies/${remedy.slug}`,
    file: '',
  });
}
for (const remedy of [largest, smallest]) {
  const condition = await topCondition(database.db, remedy.slug);
  pages.push({
    name: `pair ${remedy.slug}/${condition}`,
    path: `/remedies/${remedy.slug}/${condition}`,
    file: '',
  });
}
for (const page of pages) page.file = page.path.slice(1).replace(/\//g, '_') + '.html';
const describe = database.describe;
await database.close();

const uncached = await remedexServe(values.database, 'off');
const cached = await remedexServe(values.database, 'on');
for (const page of pages) {
  const plain = await fetchBytes(uncached.url + page.path);
  writeFileSync(`${out}/static/${page.file}`, plain);
  writeFileSync(`${out}/static/br/${page.file}`, await fetchBytes(cached.url + page.path, 'br'));
}
const buffer = await startProcess(
  ['--import', 'tsx', 'bench/buffer-server.ts', `${out}/static`],
  {},
);
const nginx = await startNginx(`${out}/static`, uncached.port + 1000);

type Row = { page: string; server: string } & Load;
const rows: Row[] = [];
const br = ['Accept-Encoding: br'];
type Target = { server: string; url: string; headers?: string[] };
const servers = (page: (typeof pages)[number]): Target[] => [
  { server: 'nginx', url: `${nginx.url}/${page.file}` },
  { server: 'bare Fastify route', url: `${buffer.url}/${page.file}` },
  { server: 'Remedex, page cache off', url: uncached.url + page.path },
  { server: 'Remedex, page cache on', url: cached.url + page.path },
];
const brServers = (page: (typeof pages)[number]): Target[] => [
  { server: 'nginx, br', url: `${nginx.url}/br/${page.file}` },
  { server: 'bare Fastify route, br', url: `${buffer.url}/br/${page.file}` },
  { server: 'Remedex, page cache on, br', url: cached.url + page.path, headers: br },
];
for (let rep = 0; rep < repetitions; rep++) {
  for (const page of pages)
    for (const s of [...servers(page), ...(page === pages[0] ? brServers(page) : [])]) {
      const load = await wrk(s.url, { connections, seconds: duration, headers: s.headers ?? [] });
      rows.push({ page: page.name, server: s.server, ...load });
      console.log(
        `rep ${rep + 1} ${page.name} · ${s.server}: ${load.requestsPerSecond.toFixed(0)} req/s, p99 ${load.p99} ms`,
      );
    }
}
for (const p of [uncached, cached, buffer]) await stopProcess(p);
await nginx.stop();

const of = (page: string, server: string) =>
  rows.filter((r) => r.page === page && r.server === server);
/** Median over repetitions of a ratio computed within each repetition. */
const ratio = (
  page: string,
  a: string,
  b: string,
  field: 'requestsPerSecond' | 'p99' = 'requestsPerSecond',
) => {
  const xs = of(page, a);
  const ys = of(page, b);
  return median(xs.map((x, i) => x[field] / ys[i]![field]));
};
console.log(
  `\n${connections} connections, ${duration} s each, ${repetitions} interleaved repetitions, ${describe}\n`,
);
console.log('| page | server | req/s (median) | p99 ms (median) | errors |');
console.log('|---|---|---:|---:|---:|');
const summary: Record<string, Record<string, number>> = {};
for (const page of pages) {
  for (const s of [...servers(page), ...(page === pages[0] ? brServers(page) : [])]) {
    const rs = of(page.name, s.server);
    console.log(
      `| ${page.name} | ${s.server} | ${median(rs.map((r) => r.requestsPerSecond)).toFixed(0)} | ${median(rs.map((r) => r.p99)).toFixed(2)} | ${rs.reduce((n, r) => n + r.errors, 0)} |`,
    );
  }
  summary[page.name] = {
    uncachedVsNginx: ratio(page.name, 'Remedex, page cache off', 'nginx'),
    uncachedP99VsNginxP99: ratio(page.name, 'Remedex, page cache off', 'nginx', 'p99'),
    cachedVsNginx: ratio(page.name, 'Remedex, page cache on', 'nginx'),
    cachedVsBareRoute: ratio(page.name, 'Remedex, page cache on', 'bare Fastify route'),
    bareRouteVsNginx: ratio(page.name, 'bare Fastify route', 'nginx'),
  };
}
const first = pages[0]!.name;
summary[`${first}, br`] = {
  cachedVsNginx: ratio(first, 'Remedex, page cache on, br', 'nginx, br'),
  cachedVsBareRoute: ratio(first, 'Remedex, page cache on, br', 'bare Fastify route, br'),
};
const cost = (a: string, b: string) =>
  median(
    of(b, 'Remedex, page cache off').map(
      (x, i) => x.requestsPerSecond / of(a, 'Remedex, page cache off')[i]!.requestsPerSecond,
    ),
  );
const costs = {
  largestVsSmallestRemedy: cost(pages[0]!.name, pages[1]!.name),
  largestVsSmallestPair: cost(pages[2]!.name, pages[3]!.name),
};
console.log('\nmedian of per-repetition ratios:');
for (const [page, ratios] of Object.entries(summary))
  console.log(
    `  ${page}: ${Object.entries(ratios)
      .map(([k, v]) => `${k} ${v.toFixed(3)}`)
      .join(', ')}`,
  );
console.log(
  `  cost per request, largest / smallest: remedy ${costs.largestVsSmallestRemedy.toFixed(2)}, pair ${costs.largestVsSmallestPair.toFixed(2)}`,
);
console.log(
  `\npeak resident memory: page cache off ${(uncached.peakKb / 1024).toFixed(0)} MB, on ${(cached.peakKb / 1024).toFixed(0)} MB`,
);
writeFileSync(
  `${out}/remedy-page.json`,
  JSON.stringify(
    {
      at: new Date().toISOString(),
      database: describe,
      connections,
      duration,
      repetitions,
      rows,
      summary,
      costs,
      peakMb: { uncached: uncached.peakKb / 1024, cached: cached.peakKb / 1024 },
    },
    null,
    2,
  ),
);
