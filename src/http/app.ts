import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Db } from '../db/database.js';
import { installErrorHandlers } from './errors.js';
import { registerPageRoutes } from './routes/pages.js';

export interface AppDeps {
  db: Db;
  logger?: FastifyServerOptions['logger'];
}

const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));

/** Builds the app without listening: main.ts listens, tests use app.inject(). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    // Trailing slashes and doubled slashes reach the same page rather than a 404.
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'"],
        // The rating bars set their width with a style attribute, nothing else is inline.
        styleSrcAttr: ["'unsafe-inline'"],
        scriptSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(fastifyStatic, { root: publicDir, prefix: '/static/', maxAge: '1h' });
  installErrorHandlers(app);
  registerPageRoutes(app, deps.db);
  return app;
}
