import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareSite } from '../../src/cli/serve.js';
import { signUp, startSession } from '../../src/domain/accounts/index.js';
import { rebuildTallies } from '../../src/db/repositories/reading/tallies.js';
import { searchReports } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { dialects, sharedSite } from '../helpers/db.js';
import { freePort } from '../helpers/nginx.js';

// Write load, `kill -9`, restart: every write the server acknowledged must be there afterwards,
// and the database must be whole (integrity, search index, tallies equal to a recount). The
// server runs as in production, in its own process; only the kill is abrupt.
const WORD = 'zebracrash';
const LOAD_MS = 2500;
const dir = mkdtempSync(join(tmpdir(), 'remedex-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function serve(url: string, port: number): ChildProcess {
  return spawn(process.execPath, ['bin/remedex.js', 'serve'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATABASE_URL: url,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DEMO_CONTENT: 'off',
      PAGE_CACHE: 'off',
      TRUSTED_POST_COUNT: '0',
      RATE_LIMIT_FACTOR: '1000000',
    },
    stdio: 'ignore',
  });
}

async function healthy(base: string): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not start within 120 s');
}

describe('durability: kill -9 under write load', () => {
  for (const dialect of dialects)
    it(`keeps every acknowledged write on ${dialect}`, { timeout: 300_000 }, async () => {
      const { url, database, close } = await sharedSite(dialect, dir, 'crash');
      const { db } = database;
      await prepareSite(db, true);
      // A member whose reports publish at once (TRUSTED_POST_COUNT=0), so each write moves
      // tallies, insight and the search index too.
      const member = await db.transaction().execute((trx) =>
        signUp(
          trx,
          {
            displayName: 'Crash Tester',
            email: 'crash@example.org',
            password: 'a long passphrase',
          },
          new Date(),
        ),
      );
      const session = await startSession(db, member.id, new Date());
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      let server = serve(url, port);
      await healthy(base);

      const form = await fetch(`${base}/remedies/ginger/reports/new`, {
        headers: { cookie: `remedex_session=${session}` },
      });
      const csrf = (form.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
      const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
      const acknowledged: string[] = [];
      let sent = 0;
      const stopAt = Date.now() + LOAD_MS;
      const writer = async () => {
        while (Date.now() < stopAt) {
          const title = `Crash write ${sent++}`;
          try {
            const res = await fetch(`${base}/remedies/ginger/reports`, {
              method: 'POST',
              redirect: 'manual',
              headers: {
                cookie: `remedex_session=${session}; ${csrf}`,
                'content-type': 'application/x-www-form-urlencoded',
              },
              body: new URLSearchParams({
                _csrf: token,
                condition: 'nausea',
                rating: '4',
                title,
                body: `A ${WORD} write: ginger tea eased the nausea within an hour of the first cup.`,
              }).toString(),
            });
            if (res.status === 303) acknowledged.push(title);
          } catch {
            return; // the server is gone
          }
        }
      };
      const writers = Array.from({ length: 8 }, writer);
      // Killed mid-load, with requests in flight.
      await new Promise((r) => setTimeout(r, LOAD_MS / 2));
      server.kill('SIGKILL');
      await Promise.all(writers);
      expect(acknowledged.length).toBeGreaterThan(5);

      server = serve(url, port);
      await healthy(base);
      server.kill('SIGTERM');

      // Every acknowledged write is there, published.
      const stored = await db
        .selectFrom('reports')
        .select(['id', 'title', 'status'])
        .where('title', 'like', 'Crash write %')
        .execute();
      const titles = new Set(stored.map((r) => r.title));
      expect(acknowledged.filter((t) => !titles.has(t))).toEqual([]);
      expect(stored.every((r) => r.status === 'approved')).toBe(true);

      // The database is whole.
      if (dialect === 'sqlite') {
        const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
        expect(check.rows.map((r) => r.integrity_check)).toEqual(['ok']);
      }
      const filters = { remedy: null, condition: null, rating: null, outcome: null };
      const found = await searchReports(db, parseQuery(WORD), filters, 0, 10_000, {
        candidates: 10_000,
        countCap: 10_000,
      });
      expect(found.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(
        stored.map((r) => r.id).sort((a, b) => a - b),
      );
      const tallies = () =>
        db
          .selectFrom('report_tallies')
          .selectAll()
          .orderBy('remedy_id')
          .orderBy('condition_id')
          .execute();
      const kept = await tallies();
      await rebuildTallies(db);
      expect(await tallies()).toEqual(kept);

      await close();
    });
});
