import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { type AppDeps, buildApp } from '../../src/http/app.js';
import type { DemoSite } from './db.js';

/** An app over the demo site, built once for a describe block; requests go through inject(). */
export function useApp(
  site: () => DemoSite,
  deps: Omit<AppDeps, 'db'> = {},
): () => FastifyInstance {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ db: site().database.db, ...deps });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => app;
}

/** Text content of an HTML page, tags stripped and entities for quotes decoded, for assertions. */
export function textOf(html: string): string {
  return html
    .replace(/<\/?(?:a|span|strong|em|time|mark|b|i|small|abbr)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
