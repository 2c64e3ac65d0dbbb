import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

// The files every site is asked for: the icon (browsers ask for /favicon.ico on every page when
// none is named), the web app manifest, and robots.txt keeping crawlers out of forms, the
// moderation and admin pages, accounts and search results (endless, and of no use in an index).
const icon = readFileSync(fileURLToPath(new URL('../../../public/favicon.svg', import.meta.url)));
const DAY = 86_400;

export const ROBOTS = [
  'User-agent: *',
  'Disallow: /moderate',
  'Disallow: /admin',
  'Disallow: /search',
  'Disallow: /api/',
  'Disallow: /signin',
  'Disallow: /signup',
  'Disallow: /signout',
  'Disallow: /password',
  'Disallow: /account',
  'Disallow: /mail/',
  'Disallow: /follow',
  'Disallow: /remedies/*/reports/new',
  'Disallow: /reports/*/edit',
  'Disallow: /reports/*/status',
  'Disallow: /reports/*/lasted',
  '',
].join('\n');

/** robots.txt, naming the sitemap at the site's public address. */
export const robotsTxt = (publicUrl: string) =>
  `${ROBOTS}\nSitemap: ${new URL('/sitemap.xml', publicUrl).toString()}\n`;

export function registerSiteFiles(app: FastifyInstance, publicUrl: string): void {
  for (const path of ['/favicon.ico', '/favicon.svg'])
    app.get(path, async (_request, reply) =>
      reply
        .type('image/svg+xml')
        .header('cache-control', `public, max-age=${7 * DAY}`)
        .send(icon),
    );
  app.get('/manifest.webmanifest', async (_request, reply) =>
    reply
      .type('application/manifest+json')
      .header('cache-control', `public, max-age=${DAY}`)
      .send({
        name: 'Remedex',
        short_name: 'Remedex',
        description: 'Natural-remedy articles and what happened when readers tried them.',
        start_url: '/',
        display: 'browser',
        background_color: '#faf9f6',
        theme_color: '#2f6b3f',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      }),
  );
  app.get('/robots.txt', async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', `public, max-age=${DAY}`)
      .send(robotsTxt(publicUrl)),
  );
}
