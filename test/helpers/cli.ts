import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

let running = false;

/**
 * Runs a `remedex` command in this process, as bin/remedex.js would: the environment, standard
 * input and output are swapped in for the call. No child process and no TypeScript loader start,
 * so how long a test takes does not depend on how busy the machine is.
 */
export async function runCli(
  args: string[],
  env: Record<string, string> = {},
  input = '',
): Promise<CliResult> {
  if (running) throw new Error('runCli calls must not overlap (they share process.env)');
  running = true;
  const saved = { ...process.env };
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin');
  const writes = { out: process.stdout.write, err: process.stderr.write };
  const log = { log: console.log, error: console.error, warn: console.warn };
  let out = '';
  let err = '';
  const toOut = (chunk: unknown) => ((out += String(chunk)), true);
  const toErr = (chunk: unknown) => ((err += String(chunk)), true);
  for (const key of Object.keys(process.env))
    if (!['PATH', 'HOME', 'TMPDIR', 'CI'].includes(key)) delete process.env[key];
  Object.assign(process.env, env);
  Object.defineProperty(process, 'stdin', {
    value: Readable.from([Buffer.from(input)]),
    configurable: true,
  });
  process.stdout.write = toOut as typeof process.stdout.write;
  process.stderr.write = toErr as typeof process.stderr.write;
  console.log = (...a: unknown[]) => toOut(`${a.map(String).join(' ')}\n`);
  console.error = console.warn = (...a: unknown[]) => toErr(`${a.map(String).join(' ')}\n`);
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    Object.assign(console, log);
    if (stdin) Object.defineProperty(process, 'stdin', stdin);
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, saved);
    running = false;
  }
}
