// The job queue across processes, as operators run it: two `remedex jobs run` at once send the
// 30-day mail once, and a job whose worker died is taken again when its lease runs out.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { prepareSite } from '../../src/cli/serve.js';
import { type Viewer, signUp } from '../../src/domain/accounts/index.js';
import { submitReport } from '../../src/domain/reports/index.js';
import { claimJobs } from '../../src/db/repositories/mail/jobs.js';
import { dialects, sharedSite } from '../helpers/db.js';
import { guestReport } from '../helpers/reports.js';
import { type TestSmtp, startSmtp } from '../helpers/smtp.js';

const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'remedex-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jobsRun(url: string, smtp: string, asOf: Date): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['bin/remedex.js', 'jobs', 'run', '--as-of', asOf.toISOString()],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          DATABASE_URL: url,
          SMTP_URL: smtp,
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

for (const dialect of dialects)
  describe(`jobs across processes [${dialect}]`, () => {
    let smtp: TestSmtp;
    let url: string;
    let database: Database;
    let close: () => Promise<void>;
    const written = new Date();
    let viewer: Viewer;
    beforeAll(async () => {
      smtp = await startSmtp();
      ({ url, database, close } = await sharedSite(dialect, dir, 'jobs'));
      await prepareSite(database.db, true);
      viewer = await database.db.transaction().execute((trx) =>
        signUp(
          trx,
          {
            displayName: 'Twice Asked',
            email: 'twice@example.org',
            password: 'a long test passphrase',
          },
          written,
        ),
      );
    }, 120_000);
    afterAll(async () => {
      await smtp?.close();
      await close?.();
    });

    async function helpedReport(title: string): Promise<number> {
      const { id, status } = await database.db
        .transaction()
        .execute((trx) =>
          submitReport(
            trx,
            viewer,
            'l-glutamine',
            { ...guestReport, title },
            { trustedPostCount: 0 },
            written,
          ),
        );
      expect(status).toBe('approved');
      return id;
    }
    const asked = () => smtp.messages.filter((m) => m.subject?.startsWith('Did it last?'));

    it(
      'sends the 30-day mail once when two instances run the jobs at the same moment',
      { timeout: 120_000 },
      async () => {
        await helpedReport('Asked once only');
        const at = new Date(written.getTime() + 31 * DAY);
        const runs = await Promise.all([jobsRun(url, smtp.url, at), jobsRun(url, smtp.url, at)]);
        for (const r of runs) expect(r.code, r.out).toBe(0);
        expect(asked()).toHaveLength(1);
        expect(runs.map((r) => /Sent (\d+)/.exec(r.out)?.[1]).sort()).toEqual(['0', '1']);
      },
    );

    it(
      'takes a job again when the worker that held it died, once its lease ran out',
      { timeout: 120_000 },
      async () => {
        await helpedReport('Worker died holding it');
        const at = new Date(written.getTime() + 31 * DAY);
        const held = await database.db
          .transaction()
          .execute((trx) =>
            claimJobs(
              trx,
              'a worker that died',
              at.toISOString(),
              new Date(at.getTime() + 5 * 60_000).toISOString(),
              10,
            ),
          );
        expect(held.map((j) => j.kind)).toEqual(['mail.follow-up']);
        expect((await jobsRun(url, smtp.url, at)).out).toContain('Sent 0 mail');
        expect(asked()).toHaveLength(1);
        const later = await jobsRun(url, smtp.url, new Date(at.getTime() + 6 * 60_000));
        expect(later.out).toContain('Sent 1 mail');
        expect(asked()).toHaveLength(2);
        expect((await jobsRun(url, smtp.url, new Date(at.getTime() + 7 * 60_000))).out).toContain(
          'Sent 0 mail',
        );
      },
    );
  });
