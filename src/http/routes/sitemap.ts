// /sitemap.xml: an index of the pages' sitemap and one sitemap per 50,000 report ids, each streamed
// from the database in batches, so a million reports cost constant memory.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream } from 'sitemap';
import {
  type SitemapEntry,
  sitemapPages,
  sitemapReportChunks,
  sitemapReports,
} from '../../domain/open/index.js';
import { DomainError } from '../../model/errors.js';
import { sitemapItem } from '../../views/sitemap.js';
import type { RouteDeps } from '../context.js';

const HOUR = 3600;
const NO_EXTENSIONS = { news: false, video: false, xhtml: false, image: false };

/** A sitemap of these entries, written as they are read. */
function sitemapXml(
  entries: Iterable<SitemapEntry> | AsyncIterable<SitemapEntry>,
  hostname: string,
): Readable {
  const out = new SitemapStream({ hostname, xmlns: NO_EXTENSIONS });
  const items = Readable.from(
    (async function* () {
      for await (const e of entries) yield sitemapItem(e);
    })(),
  );
  items.on('error', (error) => out.destroy(error));
  return items.pipe(out);
}

/** The index: the absolute address of each sitemap, with its newest change. */
function sitemapIndexXml(sitemaps: { url: string; lastmod: string | null }[]): Readable {
  const out = new SitemapIndexStream();
  for (const s of sitemaps) out.write({ url: s.url, ...(s.lastmod ? { lastmod: s.lastmod } : {}) });
  out.end();
  return out;
}

const xml = (reply: FastifyReply, stream: Readable) =>
  reply
    .type('application/xml; charset=utf-8')
    .header('cache-control', `public, max-age=${HOUR}`)
    .send(stream);

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
