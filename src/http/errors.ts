import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode } from '../model/errors.js';
import { errorPage } from '../views/pages/posts.js';
import { html, pageContext } from './context.js';

// Stable domain codes → HTTP statuses and the titles readers see.
export const domainStatuses: Record<ErrorCode, { status: number; title: string }> = {
  REMEDY_NOT_FOUND: { status: 404, title: 'Remedy not found' },
  CONDITION_NOT_FOUND: { status: 404, title: 'Condition not found' },
  REPORT_NOT_FOUND: { status: 404, title: 'Report not found' },
  REPLY_NOT_FOUND: { status: 404, title: 'Reply not found' },
  UPDATE_NOT_FOUND: { status: 404, title: 'Update not found' },
  USER_NOT_FOUND: { status: 404, title: 'Member not found' },
  PAGE_NOT_FOUND: { status: 404, title: 'Page not found' },
  INVALID_QUERY: { status: 400, title: 'That address has a value we cannot use' },
  NOT_SIGNED_IN: { status: 401, title: 'Please sign in' },
  FORBIDDEN: { status: 403, title: 'You cannot do that' },
  EDIT_WINDOW_CLOSED: { status: 403, title: 'This report can no longer be edited' },
};

async function render(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  title: string,
  message: string,
) {
  const ctx = await pageContext(request, reply).catch(() => ({ viewer: null, csrfToken: '' }));
  return html(reply, errorPage({ status, title, message }, ctx), status);
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) =>
    render(request, reply, 404, 'Page not found', `Nothing lives at ${request.url}.`),
  );

  app.setErrorHandler(async (error: FastifyError | DomainError, request, reply) => {
    if (error instanceof DomainError) {
      const { status, title } = domainStatuses[error.code];
      return render(request, reply, status, title, error.message);
    }
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      return render(
        request,
        reply,
        403,
        'This form has expired',
        'For your safety, forms work only for a while. Go back, reload the page and send it again.',
      );
    }
    if (status === 429) {
      return render(
        request,
        reply,
        429,
        'Too many attempts',
        'Please wait a few minutes before trying again.',
      );
    }
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const title =
      status >= 500 ? 'Something went wrong on our side' : 'That request could not be handled';
    const message =
      status >= 500
        ? 'The error has been logged. Please try again in a moment.'
        : 'Please check the address and try again.';
    return render(request, reply, status, title, message);
  });
}
