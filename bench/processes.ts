// Servers under test, each a process of its own, and their resident memory.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';

export interface Server {
  url: string;
  port: number;
  process: ChildProcess;
  peakKb: number;
  sampler?: NodeJS.Timeout;
}

let nextPort = 20000 + Math.floor(Math.random() * 20000);

/** Starts `node args` with PORT set and waits until it answers; its memory is sampled. */
export async function startProcess(
  args: string[],
  env: Record<string, string>,
  probe = '/healthz',
): Promise<Server> {
  const port = nextPort++;
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(url + probe);
      break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || i > 600) throw new Error(`${args.join(' ')} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const server: Server = { url, port, process: child, peakKb: 0 };
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

export async function stopProcess(server: Server): Promise<void> {
  clearInterval(server.sampler);
  server.process.kill('SIGTERM');
  if (server.process.exitCode === null) await new Promise((r) => server.process.once('exit', r));
}

/** The body as sent (still compressed when `encoding` is asked for); anything but 200 throws. */
export function fetchBytes(url: string, encoding?: 'br' | 'gzip'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { headers: encoding ? { 'accept-encoding': encoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`${url} answered ${res.statusCode}`));
          else if (encoding && res.headers['content-encoding'] !== encoding)
            reject(new Error(`${url} did not answer ${encoding}`));
          else resolve(Buffer.concat(chunks));
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** `remedex serve` from the build, as `npm start` runs it, without demo content or the job worker. */
export const remedexServe = (
  databaseUrl: string,
  pageCache: 'on' | 'off',
  nodeArgs: string[] = [],
): Promise<Server> =>
  startProcess([...nodeArgs, 'bin/serve.js'], {
    DATABASE_URL: databaseUrl,
    PAGE_CACHE: pageCache,
    DEMO_CONTENT: 'off',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    JOBS_INTERVAL_SECONDS: '0',
  });

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
