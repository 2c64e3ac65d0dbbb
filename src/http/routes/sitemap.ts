// /sitemap.xml: an index of the pages' sitemap and one sitemap per 50,000 report ids, each streamed
// from the database in batches, so a million reports cost constant memory.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { sitemapPages, sitemapReportChunks, sitemapReports } from '../../domain/open/index.js';
import { DomainError } from '../../model/errors.js';
import { sitemapIndexXml, sitemapXml } from '../../views/sitemap.js';
import type { RouteDeps } from '../context.js';

const HOUR = 3600;

const xml = (reply: FastifyReply, body: string | AsyncIterable<string>) =>
  reply
    .type('application/xml; charset=utf-8')
    .header('cache-control', `public, max-age=${HOUR}`)
    .send(typeof body === 'string' ? body : Readable.from(body));

export function registerSitemap(app: FastifyInstance, deps: RouteDeps): void {
  const db = deps.store;
  const host = deps.settings.publicUrl;
  const abs = (path: string) => new URL(path, host).toString();

  app.get('/sitemap.xml', async (_request, reply) => {
    const [pages, chunks] = await Promise.all([sitemapPages(db), sitemapReportChunks(db)]);
    const newest = pages.reduce<string | null>(
      (d, p) => (p.lastmod !== null && (d === null || p.lastmod > d) ? p.lastmod : d),
      null,
    );
    return xml(
      reply,
      sitemapIndexXml([
        { url: abs('/sitemaps/pages.xml'), lastmod: newest },
        ...chunks.map((c) => ({
          url: abs(`/sitemaps/reports-${c.chunk}.xml`),
          lastmod: c.lastmod,
        })),
      ]),
    );
  });

  app.get('/sitemaps/pages.xml', async (_request, reply) =>
    xml(reply, sitemapXml(await sitemapPages(db), host)),
  );

  app.get<{ Params: { chunk: string } }>('/sitemaps/reports-:chunk.xml', async (request, reply) => {
    const chunk = /^\d{1,6}$/.test(request.params.chunk) ? Number(request.params.chunk) : NaN;
    if (!Number.isSafeInteger(chunk)) throw new DomainError('PAGE_NOT_FOUND');
    // A chunk with no published report is no sitemap (the protocol has no empty one): a 404
    // before anything is sent.
    const reports = sitemapReports(db, chunk);
    const first = await reports.next();
    if (first.done) throw new DomainError('PAGE_NOT_FOUND');
    return xml(
      reply,
      sitemapXml(
        (async function* () {
          yield first.value;
          yield* reports;
        })(),
        host,
      ),
    );
  });
}
