// wrk as the load generator (C, two threads, outside Node): what it printed, parsed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ensureCommands } from './nginx.js';

export interface Load {
  requestsPerSecond: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  /** Non-2xx/3xx answers and socket errors. */
  errors: number;
}

const run = promisify(execFile);

const ms = (value: string, unit: string) =>
  Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 } as Record<string, number>)[unit]!;

export function parseWrk(output: string): Load {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const latency = (p: string) => {
    const m = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(output);
    if (!m) throw new Error(`wrk printed no ${p}% latency:\n${output}`);
    return ms(m[1]!, m[2]!);
  };
  if (!rps) throw new Error(`wrk printed no rate:\n${output}`);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    output,
  );
  const socketErrors = socket ? socket.slice(1).reduce((n, v) => n + Number(v), 0) : 0;
  return {
    requestsPerSecond: Number(rps[1]),
    p50: latency('50'),
    p99: latency('99'),
    errors: non2xx + socketErrors,
  };
}

/** Loads `url` with wrk: a short warm-up, then `seconds` measured. */
export async function wrk(
  url: string,
  options: { connections: number; seconds: number; headers?: string[] },
): Promise<Load> {
  ensureCommands({ wrk: 'wrk' });
  const args = (seconds: number) => [
    '-t2',
    `-c${options.connections}`,
    `-d${seconds}s`,
    '--latency',
    ...(options.headers ?? []).flatMap((h) => ['-H', h]),
    url,
  ];
  await run('wrk', args(1));
  const { stdout } = await run('wrk', args(options.seconds), { maxBuffer: 1 << 20 });
  return parseWrk(stdout);
}
