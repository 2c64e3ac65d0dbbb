import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// The command's entry point, run in this process (test/helpers/cli.ts).
const dir = mkdtempSync(join(tmpdir(), 'remedex-cli-'));
const run = runCli;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('remedex command', () => {
  // The one check of the real entry point, bin/remedex.js with its TypeScript loader; generous,
  // because starting the loader is what a busy machine slows down.
  it('runs as `npx remedex` does', { timeout: 180_000 }, () => {
    const result = spawnSync(process.execPath, ['bin/remedex.js', 'help'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: remedex <command>');
  });

  it('prints help listing every command', async () => {
    const { code, out } = await run(['help']);
    expect(code).toBe(0);
    for (const command of [
      'serve',
      'migrate',
      'demo',
      'users',
      'reindex',
      'extract',
      'export',
      'import',
      'import-legacy',
      'backup',
      'corpus',
      'help',
    ])
      expect(out).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect((await run(['demo', '--help'])).out).toContain('remedex demo');
  });

  it('stops with one line naming a bad variable, exit code 1', async () => {
    const { code, err } = await run(['serve'], { PORT: 'abc' });
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^remedex: configuration error: PORT: /);
    expect((await run(['migrate'], { DATABASE_URL: 'mysql://nope' })).err).toMatch(
      /DATABASE_URL: must be sqlite:PATH or postgres/,
    );
  });

  it('refuses unknown commands and options with exit code 2', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['migrate', '--bogus'])).code).toBe(2);
  });

  it('migrates, loads the demo into an empty database once, and refuses a second time', async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'site.db')}` };
    expect(await run(['migrate'], env)).toMatchObject({ code: 0 });
    const first = await run(['demo'], env);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /Loaded the demo: 9 remedies, 28 conditions, 60 authors, 480 reports/,
    );
    const second = await run(['demo'], env);
    expect(second.code).toBe(1);
    expect(second.err).toContain('already has content');
  });

  it('creates the first admin with the password from standard input, and changes roles', async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'users.db')}`, DEMO_CONTENT: 'off' };
    const created = await run(
      ['users', 'create', '--email', 'Admin@Example.org', '--name', 'Ada Admin', '--role', 'admin'],
      env,
      'a long admin passphrase\n',
    );
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/Created admin Ada Admin <admin@example.org>/);
    expect(
      (
        await run(
          ['users', 'create', '--email', 'admin@example.org', '--name', 'Again', '--role', 'admin'],
          env,
          'another passphrase\n',
        )
      ).err,
    ).toContain('An account with this email already exists');
    expect(
      (
        await run(
          ['users', 'create', '--email', 'x@example.org', '--name', 'Weak', '--role', 'member'],
          env,
          'short\n',
        )
      ).code,
    ).toBe(1);
    expect(
      (await run(['users', 'role', '--email', 'admin@example.org', '--role', 'moderator'], env))
        .out,
    ).toContain('is now moderator');
    expect(
      (await run(['users', 'role', '--email', 'admin@example.org', '--role', 'king'], env)).code,
    ).toBe(2);
    expect(
      (await run(['users', 'role', '--email', 'nobody@example.org', '--role', 'member'], env)).code,
    ).toBe(1);
  });

  it('rebuilds the search index with a progress report', async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'reindex.db')}` };
    expect((await run(['demo'], env)).code).toBe(0);
    const res = await run(['reindex'], env);
    expect(res.code).toBe(0);
    expect(res.out).toContain('The search index is rebuilt.');
    expect(res.err).toMatch(/indexed 10\/10 \(100%/);
    const again = await run(['extract'], env);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Extraction ran again over 480 reports');
    expect(again.err).toMatch(/read 480\/480 \(100%/);
  });

  it('explains every command with --help', async () => {
    const help = (await run(['help'])).out;
    const names = [...help.matchAll(/^ {2}([a-z-]+) {2}/gm)]
      .map((m) => m[1]!)
      .filter((n) => n !== 'help');
    expect(names.length).toBeGreaterThan(8);
    for (const name of names) {
      const res = await run([name, '--help']);
      expect(res.code, name).toBe(0);
      expect(res.out, name).toContain(`remedex ${name}`);
    }
  });

  it('backs up a SQLite database while it is open, and explains pg_dump for PostgreSQL', async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'live.db')}` };
    expect((await run(['demo'], env)).code).toBe(0);
    const copy = join(dir, 'copy.db');
    const res = await run(['backup', copy], env);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/Backed up sqlite:.*live\.db to .*copy\.db/);
    // Both hold emails and password hashes: owner-only, whatever the umask.
    const wal = join(dir, 'live.db-wal');
    for (const f of [join(dir, 'live.db'), copy, ...(existsSync(wal) ? [wal] : [])])
      expect((statSync(f).mode & 0o777).toString(8), f).toBe('600');
    const restored = await run(['export'], { DATABASE_URL: `sqlite:${copy}` });
    expect(restored.out.split('\n').filter((l) => l.startsWith('{"type":"reports"'))).toHaveLength(
      480,
    );
    expect((await run(['backup', copy], env)).code).toBe(2); // never overwrites
    const pg = await run(['backup', join(dir, 'x.dump')], {
      DATABASE_URL: 'postgres://127.0.0.1:5432/test',
    });
    expect(pg.code).toBe(1);
    expect(pg.err).toContain('pg_dump');
  });
});
