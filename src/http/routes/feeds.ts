// Atom feeds of the newest published reports (site, remedy, condition, remedy × condition) and of
// article revisions. Each answer has an ETag (a 304 when unchanged) and may be kept five minutes.
import etag from '@fastify/etag';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { conditionMovedTo } from '../../domain/editorial/index.js';
import { reportFeed, revisionFeed } from '../../domain/open/index.js';
import { reportsAtom, revisionsAtom } from '../../views/feeds.js';
import { urls } from '../../views/urls.js';
import type { RouteDeps } from '../context.js';
import { parseSlug } from '../params.js';

type Slug = { Params: { slug: string } };
type Pair = { Params: { slug: string; condition: string } };

const atom = (reply: FastifyReply, xml: string) =>
  reply
    .type('application/atom+xml; charset=utf-8')
    .header('cache-control', 'public, max-age=300')
    .send(xml);

export async function registerFeedRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const db = deps.store;
  const abs = (path: string) => new URL(path, deps.settings.publicUrl).toString();
  await app.register(async (feeds) => {
    await feeds.register(etag);
    feeds.get('/feeds/reports.atom', async (_request, reply) =>
      atom(reply, reportsAtom(await reportFeed(db, {}), abs)),
    );
    feeds.get('/feeds/revisions.atom', async (_request, reply) =>
      atom(reply, revisionsAtom(await revisionFeed(db), abs)),
    );
    feeds.get<Slug>('/remedies/:slug/feed.atom', async (request, reply) => {
      const remedy = parseSlug(request.params.slug, 'REMEDY_NOT_FOUND');
      return atom(reply, reportsAtom(await reportFeed(db, { remedy }), abs));
    });
    feeds.get<Pair>('/remedies/:slug/:condition/feed.atom', async (request, reply) => {
      const remedy = parseSlug(request.params.slug, 'REMEDY_NOT_FOUND');
      const condition = parseSlug(request.params.condition, 'CONDITION_NOT_FOUND');
      const moved = await conditionMovedTo(db, condition);
      if (moved) return reply.redirect(urls.remedyFeed(remedy, moved), 301);
      return atom(reply, reportsAtom(await reportFeed(db, { remedy, condition }), abs));
    });
    feeds.get<Slug>('/conditions/:slug/feed.atom', async (request, reply) => {
      const condition = parseSlug(request.params.slug, 'CONDITION_NOT_FOUND');
      const moved = await conditionMovedTo(db, condition);
      if (moved) return reply.redirect(urls.conditionFeed(moved), 301);
      return atom(reply, reportsAtom(await reportFeed(db, { condition }), abs));
    });
  });
}
