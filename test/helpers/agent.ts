import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/**
 * A browser without a browser: keeps cookies between inject() calls and fills the CSRF token from
 * the last page it saw, so tests exercise the same form flow a reader does.
 */
export class Agent {
  private cookies = new Map<string, string>();
  csrf = '';
  last: LightMyRequestResponse | null = null;

  /** `from`: the reader's address, as the app sees it (inject's remoteAddress). */
  constructor(
    private readonly app: () => FastifyInstance,
    private readonly from = '127.0.0.1',
  ) {}

  private remember(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const expired =
        c.maxAge === 0 ||
        (c.expires !== undefined && c.expires.getTime() < Date.now()) ||
        c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
    if (token) this.csrf = token;
    this.last = res;
    return res;
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  has(cookie: string): boolean {
    return this.cookies.has(cookie);
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.remember(
      await this.app().inject({
        method: 'GET',
        url,
        remoteAddress: this.from,
        headers: { cookie: this.cookieHeader },
      }),
    );
  }

  /** POSTs a form as a browser does (urlencoded), with the CSRF token unless told otherwise. */
  async post(
    url: string,
    form: Record<string, string | string[]>,
    options: { csrf?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    if (options.csrf !== false) body.append('_csrf', this.csrf);
    for (const [key, value] of Object.entries(form)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
    return this.remember(
      await this.app().inject({
        method: 'POST',
        url,
        remoteAddress: this.from,
        headers: { cookie: this.cookieHeader, 'content-type': 'application/x-www-form-urlencoded' },
        payload: body.toString(),
      }),
    );
  }

  /** Follows a redirect from the last response. */
  async follow(): Promise<LightMyRequestResponse> {
    const location = this.last?.headers.location;
    if (typeof location !== 'string')
      throw new Error(`no redirect to follow (status ${this.last?.statusCode})`);
    return this.get(location);
  }
}
