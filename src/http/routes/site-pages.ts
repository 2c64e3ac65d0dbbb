// About, privacy and contact: the pages the footer links to.
import type { FastifyInstance } from 'fastify';
import { aboutPage, contactPage, privacyPage } from '../../views/pages/site-info.js';
import { type RouteDeps, html, pageContext } from '../context.js';

export function registerSitePages(app: FastifyInstance, deps: RouteDeps): void {
  const facts = {
    insightMinReports: deps.settings.insightMinReports,
    contactEmail: deps.settings.contactEmail,
  };
  app.get('/about', async (request, reply) =>
    html(reply, aboutPage(facts, await pageContext(request, reply))),
  );
  app.get('/privacy', async (request, reply) =>
    html(reply, privacyPage(facts, await pageContext(request, reply))),
  );
  app.get('/contact', async (request, reply) =>
    html(reply, contactPage(facts, await pageContext(request, reply))),
  );
}
