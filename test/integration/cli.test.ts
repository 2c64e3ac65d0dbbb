import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real command, as `npx remedex` runs it.
const dir = mkdtempSync(join(tmpdir(), 'remedex-cli-'));
const run = (args: string[], env: Record<string, string> = {}, input = '') => {
  const result = spawnSync(process.execPath, ['bin/remedex.js', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('remedex command', () => {
  it('prints help listing every command', () => {
    const { code, out } = run(['help']);
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
    expect(run(['demo', '--help']).out).toContain('remedex demo');
  });

  it('stops with one line naming a bad variable, exit code 1', () => {
    const { code, err } = run(['serve'], { PORT: 'abc' });
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^remedex: configuration error: PORT: /);
    expect(run(['migrate'], { DATABASE_URL: 'mysql://nope' }).err).toMatch(
      /DATABASE_URL: must be sqlite:PATH or postgres/,
    );
  });

  it('refuses unknown commands and options with exit code 2', () => {
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['migrate', '--bogus']).code).toBe(2);
  });

  it('migrates, loads the demo into an empty database once, and refuses a second time', () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'site.db')}` };
    expect(run(['migrate'], env)).toMatchObject({ code: 0 });
    const first = run(['demo'], env);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /Loaded the demo: 9 remedies, 28 conditions, 60 authors, 480 reports/,
    );
    const second = run(['demo'], env);
    expect(second.code).toBe(1);
    expect(second.err).toContain('already has content');
  });

  it('creates the first admin with the password from standard input, and changes roles', () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'users.db')}`, DEMO_CONTENT: 'off' };
    const created = run(
      ['users', 'create', '--email', 'Admin@Example.org', '--name', 'Ada Admin', '--role', 'admin'],
      env,
      'a long admin passphrase\n',
    );
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/Created admin Ada Admin <admin@example.org>/);
    expect(
      run(
        ['users', 'create', '--email', 'admin@example.org', '--name', 'Again', '--role', 'admin'],
        env,
        'another passphrase\n',
      ).err,
    ).toContain('An account with this email already exists');
    expect(
      run(
        ['users', 'create', '--email', 'x@example.org', '--name', 'Weak', '--role', 'member'],
        env,
        'short\n',
      ).code,
    ).toBe(1);
    expect(
      run(['users', 'role', '--email', 'admin@example.org', '--role', 'moderator'], env).out,
    ).toContain('is now moderator');
    expect(run(['users', 'role', '--email', 'admin@example.org', '--role', 'king'], env).code).toBe(
      2,
    );
    expect(
      run(['users', 'role', '--email', 'nobody@example.org', '--role', 'member'], env).code,
    ).toBe(1);
  });

  it('rebuilds the search index with a progress report', () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'reindex.db')}` };
    expect(run(['demo'], env).code).toBe(0);
    const res = run(['reindex'], env);
    expect(res.code).toBe(0);
    expect(res.out).toContain('The search index is rebuilt.');
    expect(res.err).toMatch(/indexed 10\/10 \(100%/);
    const again = run(['extract'], env);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Extraction ran again over 480 reports');
    expect(again.err).toMatch(/read 480\/480 \(100%/);
  });

  it('explains every command with --help', () => {
    const help = run(['help']).out;
    const names = [...help.matchAll(/^ {2}([a-z-]+) {2}/gm)]
      .map((m) => m[1]!)
      .filter((n) => n !== 'help');
    expect(names.length).toBeGreaterThan(8);
    for (const name of names) {
      const res = run([name, '--help']);
      expect(res.code, name).toBe(0);
      expect(res.out, name).toContain(`remedex ${name}`);
    }
  });

  it('backs up a SQLite database while it is open, and explains pg_dump for PostgreSQL', () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'live.db')}` };
    expect(run(['demo'], env).code).toBe(0);
    const copy = join(dir, 'copy.db');
    const res = run(['backup', copy], env);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/Backed up sqlite:.*live\.db to .*copy\.db/);
    const restored = run(['export'], { DATABASE_URL: `sqlite:${copy}` });
    expect(restored.out.split('\n').filter((l) => l.startsWith('{"type":"reports"'))).toHaveLength(
      480,
    );
    expect(run(['backup', copy], env).code).toBe(2); // never overwrites
    const pg = run(['backup', join(dir, 'x.dump')], {
      DATABASE_URL: 'postgres://127.0.0.1:5432/test',
    });
    expect(pg.code).toBe(1);
    expect(pg.err).toContain('pg_dump');
  });
});
