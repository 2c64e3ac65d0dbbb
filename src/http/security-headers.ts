// Security headers, computed once: helmet builds them from its options, and every answer then
// carries the same list. @fastify/helmet called helmet() again on every request (parsing the
// Content-Security-Policy each time), a twentieth of an uncached page's time.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

/** The headers helmet would set with these options, as name and value pairs, in its order. */
export function securityHeaders(https: boolean): [string, string][] {
  const options: HelmetOptions = {
    // Only a site served over https may tell browsers to insist on it.
    strictTransportSecurity: https ? { maxAge: 31_536_000 } : false,
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: https ? [] : null,
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
  };
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers.push([name.toLowerCase(), String(value)]);
    },
    removeHeader: () => undefined,
  };
  let failed: unknown = null;
  helmet(options)(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      failed = error ?? null;
    },
  );
  if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
  // Nothing here needs a camera, a microphone, the reader's location or payment.
  headers.push(['permissions-policy', PERMISSIONS_POLICY]);
  return headers;
}

/** Every answer carries the security headers; they are set before routing so errors carry them. */
export function installSecurityHeaders(app: FastifyInstance, https: boolean): void {
  const headers = Object.fromEntries(securityHeaders(https));
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
