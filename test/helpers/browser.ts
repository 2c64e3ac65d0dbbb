import { afterAll, beforeAll } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium } from 'playwright-core';
import { prepareSite } from '../../src/cli/serve.js';
import { buildApp } from '../../src/http/app.js';
import { type TestDatabase, freshDatabase } from './db.js';
import { signUp } from '../../src/domain/accounts/index.js';
import type { Role } from '../../src/model/types.js';

// Debian's Chromium, launched as this machine allows. Under CI a missing browser fails the run.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable) {
  if (process.env.CI === 'true' || process.env.CI === '1')
    throw new Error(
      `Chromium is required under CI but missing at ${CHROMIUM} (apt-get install chromium)`,
    );
  console.warn(
    `\n!!! Chromium missing at ${CHROMIUM}: browser tests are SKIPPED. CI would fail.\n`,
  );
}

export interface LiveSite {
  db: TestDatabase;
  app: FastifyInstance;
  browser: Browser;
  base: string;
  close(): Promise<void>;
}

/** A demo site on a free port of 127.0.0.1 and a headless Chromium; screenshots go to test-results/. */
/** A `prepare` for liveSite that signs up these accounts (role last). */
export const withAccounts =
  (...accounts: [displayName: string, email: string, password: string, role: Role][]) =>
  async (t: TestDatabase): Promise<void> => {
    await t.database.db.transaction().execute(async (trx) => {
      for (const [displayName, email, password, role] of accounts)
        await signUp(trx, { displayName, email, password }, new Date(), role);
    });
  };

/**
 * A live site for one describe block: started before its tests, closed after them. Returns a
 * getter, as the site exists only once beforeAll has run.
 */
export function useLiveSite(prepare?: (db: TestDatabase) => Promise<void>): () => LiveSite {
  let site: LiveSite | null = null;
  beforeAll(async () => {
    site = await liveSite(prepare);
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (!site) throw new Error('the live site is not up yet');
    return site;
  };
}

export async function liveSite(
  prepare: (db: TestDatabase) => Promise<void> = async () => undefined,
): Promise<LiveSite> {
  const db = await freshDatabase('sqlite');
  await prepareSite(db.database.db, true);
  await prepare(db);
  const app = await buildApp({ db: db.database.db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  mkdirSync('test-results', { recursive: true });
  return {
    db,
    app,
    browser,
    base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    async close() {
      await browser.close();
      await app.close();
      await db.drop();
    },
  };
}
