// Where an uncached page's time goes: `remedex serve` from the build under `node --cpu-prof`,
// loaded with wrk, then the profile's largest costs (self and inclusive) during the load only.
// The .cpuprofile opens in Chrome DevTools (Performance) or speedscope as a flame graph.
// Usage: npm run bench:profile [-- --path /remedies/l-glutamine --duration 10 --out FILE]
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { remedexServe, stopProcess } from './processes.js';
import { wrk } from './wrk.js';

const { values } = parseArgs({
  options: {
    path: { type: 'string', default: '/remedies/l-glutamine' },
    duration: { type: 'string', default: '10' },
    database: { type: 'string', default: 'sqlite:bench/out/corpus.db' },
    out: { type: 'string', default: 'bench/out/uncached.cpuprofile' },
  },
});
const dir = 'bench/out/profile';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const server = await remedexServe(values.database, 'off', ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
await wrk(server.url + values.path, { connections: 32, seconds: 2 });
const started = Date.now();
const load = await wrk(server.url + values.path, {
  connections: 32,
  seconds: Number(values.duration),
});
const ended = Date.now();
await stopProcess(server);
const stopped = Date.now();
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error('no profile written');
renameSync(`${dir}/${file}`, values.out);
console.log(
  `${values.path}: ${load.requestsPerSecond.toFixed(0)} req/s under the profiler; profile in ${values.out}\n`,
);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const profile = JSON.parse(readFileSync(values.out, 'utf8')) as {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};
// Only the samples taken during the measured load: the profile ends as the process exits, and its
// clock is in microseconds.
const wallStart = stopped * 1000 - (profile.endTime - profile.startTime);
let at = profile.startTime;
const self = new Map<number, number>();
let total = 0;
profile.samples.forEach((sample, i) => {
  at += profile.timeDeltas[i] ?? 0;
  const wall = wallStart + (at - profile.startTime);
  if (wall < started * 1000 || wall > ended * 1000) return;
  const dt = profile.timeDeltas[i] ?? 0;
  self.set(sample, (self.get(sample) ?? 0) + dt);
  total += dt;
});
const name = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*\/(dist|src)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfByName = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, t] of self) {
  const node = byId.get(id)!;
  selfByName.set(name(node), (selfByName.get(name(node)) ?? 0) + t);
  const seen = new Set<string>();
  for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
    const k = name(byId.get(up)!);
    if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    seen.add(k);
  }
}
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`)
    .join('\n');
console.log(`self time, share of the load's samples:\n${top(selfByName, 15)}\n`);
console.log(`inclusive:\n${top(inclusive, 30)}`);
