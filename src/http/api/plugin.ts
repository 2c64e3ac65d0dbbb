// The read API at /api/v1: its own validation (zod), answers as RFC 9457 problem details, CORS for
// reading from other sites, ETags with 304s, a per-address rate limit, and the OpenAPI document
// generated from the routes' schemas with a reference page beside it.
import cors from '@fastify/cors';
import etag from '@fastify/etag';
import swagger from '@fastify/swagger';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { OpenAPIV3_1 } from 'openapi-types';
import { STATUS_CODES } from 'node:http';
import { DomainError } from '../../model/errors.js';
import { apiReferencePage } from '../../views/pages/api-reference.js';
import { type RouteDeps, html, pageContext } from '../context.js';
import { domainStatuses } from '../errors.js';
import { limit } from '../limits.js';
import { registerApiRoutes } from './routes.js';

export const API_PREFIX = '/api/v1';
/** Requests a minute per address (times RATE_LIMIT_FACTOR). */
const PER_MINUTE = 300;

function problem(reply: FastifyReply, request: FastifyRequest, status: number, detail: string) {
  return reply
    .code(status)
    .header('cache-control', status >= 500 || status === 429 ? 'no-store' : 'public, max-age=60')
    .type('application/problem+json')
    .send(
      JSON.stringify({
        type: 'about:blank',
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail,
        instance: request.url,
      }),
    );
}

function installProblems(api: FastifyInstance): void {
  api.setNotFoundHandler((request, reply) =>
    problem(reply, request, 404, `Nothing lives at ${request.url.split('?')[0]}.`),
  );
  api.setErrorHandler(async (error: FastifyError | DomainError, request, reply) => {
    if (error instanceof DomainError)
      return problem(reply, request, domainStatuses[error.code].status, error.message);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const where = issue?.instancePath.replace(/^\//, '') || error.validationContext || 'request';
      return problem(
        reply,
        request,
        400,
        `${where}: ${issue?.message ?? 'not a value we can use'}`,
      );
    }
    const status = error.statusCode ?? 500;
    if (status === 429)
      return problem(reply, request, 429, 'Too many requests from this address: wait a minute.');
    if (status >= 500) {
      request.log.error({ err: error }, 'api request failed');
      return problem(reply, request, 500, 'The error has been logged. Please try again later.');
    }
    return problem(reply, request, status, error.message);
  });
}

export async function registerApi(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  await app.register(
    async (api) => {
      api.setValidatorCompiler(validatorCompiler);
      api.setSerializerCompiler(serializerCompiler);
      installProblems(api);
      await api.register(cors, { origin: '*', methods: ['GET', 'HEAD'] });
      await api.register(etag);
      await api.register(swagger, {
        openapi: {
          openapi: '3.1.0',
          info: {
            title: 'Remedex read API',
            version: '1',
            description:
              'Published remedy articles, conditions, readers’ reports and the numbers counted from them. Reports are experiences, not medical advice.',
            license: { name: 'Open data licence of this site', url: '/data' },
          },
          servers: [{ url: deps.settings.publicUrl }],
        },
        transform: jsonSchemaTransform,
        transformObject: jsonSchemaTransformObject,
      });
      api.addHook('onRequest', limit(app, 'api', PER_MINUTE, 1));
      api.addHook('onSend', async (_request, reply) => {
        if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'public, max-age=60');
      });
      registerApiRoutes(api, deps);
      api.get('/openapi.json', { schema: { hide: true } }, async () => api.swagger());
      api.get('/', { schema: { hide: true } }, async (request, reply) =>
        html(
          reply,
          apiReferencePage(
            api.swagger() as OpenAPIV3_1.Document,
            await pageContext(request, reply),
          ),
        ),
      );
    },
    { prefix: API_PREFIX },
  );
}
