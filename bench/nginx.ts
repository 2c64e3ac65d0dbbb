// Debian's nginx for the benchmarks: installed when missing (apt-get, as root), configured from
// bench/nginx.conf, bound to loopback, one worker, started as a child process.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Installs Debian's packages that provide these commands, when any of them is missing. */
export function ensureCommands(packages: Record<string, string>): void {
  const missing = Object.entries(packages).filter(
    ([command]) => !['/usr/sbin/', '/usr/bin/'].some((dir) => existsSync(dir + command)),
  );
  if (missing.length === 0) return;
  const names = missing.map(([, pkg]) => pkg);
  if (process.getuid?.() !== 0)
    throw new Error(
      `the benchmark needs ${names.join(', ')}: sudo apt-get install -y ${names.join(' ')}`,
    );
  console.log(`installing ${names.join(', ')} (apt-get)…`);
  execFileSync('apt-get', ['install', '-y', '-q', ...names], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

export interface Nginx {
  url: string;
  /** The load balancer's address, when upstreams were given. */
  balancer: string | null;
  stop: () => Promise<void>;
}

/**
 * Serves `root` on a free loopback port; with `upstreams`, also balances a second port over them
 * (keep-alive connections, as a production proxy would).
 */
export async function startNginx(
  root: string,
  port: number,
  upstreams: string[] = [],
): Promise<Nginx> {
  ensureCommands({ nginx: 'nginx' });
  const dir = resolve('bench/out/nginx');
  mkdirSync(dir, { recursive: true });
  const lbPort = port + 1;
  const upstream = upstreams.length
    ? `    upstream remedex {\n${upstreams.map((u) => `        server ${u};`).join('\n')}\n        keepalive 64;\n    }\n` +
      `    server {\n        listen 127.0.0.1:${lbPort};\n        location / {\n            proxy_pass http://remedex;\n` +
      `            proxy_http_version 1.1;\n            proxy_set_header Connection "";\n            proxy_set_header Host $host;\n` +
      `            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n        }\n    }`
    : '';
  const config = readFileSync('bench/nginx.conf', 'utf8')
    .replaceAll('{{dir}}', dir)
    .replaceAll('{{root}}', resolve(root))
    .replaceAll('{{port}}', String(port))
    .replace('{{upstream}}', upstream);
  const file = `${dir}/nginx.conf`;
  writeFileSync(file, config);
  // The master runs as the caller; workers would drop to "nobody" as root, which may not read
  // bench/out, so they keep the caller's user.
  const child: ChildProcess = spawn(
    'nginx',
    ['-p', dir, '-c', file, '-g', process.getuid?.() === 0 ? 'user root;' : ''],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(url + '/');
      break;
    } catch {
      if (child.exitCode !== null || i > 100)
        throw new Error(`nginx did not start (see ${dir}/error.log)`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    balancer: upstreams.length ? `http://127.0.0.1:${lbPort}` : null,
    stop: async () => {
      child.kill('SIGQUIT');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    },
  };
}
