import { type ChildProcess, spawn } from 'node:child_process';

/**
 * `remedex serve` from the build (bin/serve.js) in its own process, as in production, on a random
 * port; resolves once /healthz answers.
 */
export async function startServer(
  env: Record<string, string>,
): Promise<{ server: ChildProcess; base: string }> {
  const port = 4000 + Math.floor(Math.random() * 2000);
  const server = spawn(process.execPath, ['bin/serve.js'], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { server, base };
    } catch {
      // not up yet
    }
    if (i > 300) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}
