import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError, type ErrorCode } from '../domain/errors.js';
import { errorPage } from '../views/pages/posts.js';

// Stable domain codes → HTTP statuses and the titles readers see.
const statuses: Record<ErrorCode, { status: number; title: string }> = {
  REMEDY_NOT_FOUND: { status: 404, title: 'Remedy not found' },
  CONDITION_NOT_FOUND: { status: 404, title: 'Condition not found' },
  REPORT_NOT_FOUND: { status: 404, title: 'Report not found' },
  USER_NOT_FOUND: { status: 404, title: 'Member not found' },
  PAGE_NOT_FOUND: { status: 404, title: 'Page not found' },
  INVALID_QUERY: { status: 400, title: 'That address has a value we cannot use' },
};

export function installErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .type('text/html; charset=utf-8')
      .send(
        errorPage({
          status: 404,
          title: 'Page not found',
          message: `Nothing lives at ${request.url}.`,
        }),
      );
  });

  app.setErrorHandler((error: FastifyError | DomainError, request, reply) => {
    if (error instanceof DomainError) {
      const { status, title } = statuses[error.code];
      return reply
        .code(status)
        .type('text/html; charset=utf-8')
        .send(errorPage({ status, title, message: error.message }));
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const title =
      status >= 500 ? 'Something went wrong on our side' : 'That request could not be handled';
    const message =
      status >= 500
        ? 'The error has been logged. Please try again in a moment.'
        : 'Please check the address and try again.';
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(errorPage({ status, title, message }));
  });
}
