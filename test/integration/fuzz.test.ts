import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { Agent } from '../helpers/agent.js';
import { signedIn } from '../helpers/accounts.js';
import { useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { guestReport } from '../helpers/reports.js';

// Every route, every field, hostile values: nothing may answer 5xx. Bounded: one request per
// route × value (all fields at once), so a run takes seconds.
const hostile: [string, string][] = [
  ['NUL', 'a\u0000b'],
  ['control characters', '\u0001\u0007\u001b[31m\u007f\u0085'],
  ['a lone surrogate', 'x\ud800y'],
  ['an RTL override', 'abc\u202edcba'],
  ['100 kB', 'x'.repeat(100_000)],
  ['a fake snippet mark', '⟦mark⟧ <script>alert(1)</script>'],
  ['a scheme', 'javascript:alert(1)'],
  ['unicode dots', '/\u3002x'],
];
const jsonValues: [string, unknown][] = [
  ['a number', 42],
  ['null', null],
  ['an object', { a: 1 }],
  ['toString that is not a function', { toString: 1 }],
  ['an array of objects', [{ toString: 1 }, 3]],
  ['a nested array', [['x']]],
];

// The field names of every form in the views, plus the query names the routes read.
function fieldNames(): string[] {
  const names = new Set(['page', 'next', 'back', 'type', 'token', 'from', 'to', 'q', 'remedy']);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.tsx'))
        for (const m of readFileSync(path, 'utf8').matchAll(/name="([a-zA-Z]+)"/g))
          names.add(m[1]!);
    }
  };
  walk('src/views');
  names.delete('_csrf');
  return [...names];
}

describeEachDialect('fuzz: hostile values on every route', (site) => {
  const app = useApp(site, { settings: { rateLimitFactor: 100_000 } });
  const names = fieldNames();
  const fill = (url: string) =>
    url
      .replace(/:id\b/g, '1')
      .replace(/:type\b/g, 'report')
      .replace(/:slug\b/g, 'l-glutamine')
      .replace(/:condition\b/g, 'ibs');

  it('answers every GET parameter without a 5xx', async () => {
    const { agent } = await signedIn(app, site, 'admin');
    const gets = [
      ...new Set(
        app()
          .routeTable.filter((r) => r.method === 'GET')
          .map((r) => r.url),
      ),
    ];
    const failures: string[] = [];
    for (const route of gets) {
      for (const [label, value] of [...hostile, ['repeated', 'a'] as [string, string]]) {
        const query = new URLSearchParams();
        for (const name of names) {
          query.append(name, value);
          if (label === 'repeated') query.append(name, 'b');
        }
        const url = `${fill(route)}?${query.toString()}`;
        for (const who of ['guest', 'admin'] as const) {
          const res =
            who === 'admin' ? await agent.get(url) : await app().inject({ method: 'GET', url });
          if (res.statusCode >= 500)
            failures.push(`${who} GET ${route} with ${label}: ${res.statusCode}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // Every GET route, each hostile value, as guest and admin: it grows with the routes, and a
    // busy two-core machine ran past the default 30 s (31.6 s in a fresh-clone CI run).
  }, 120_000);

  it('answers every POST field, as a form and as JSON, without a 5xx', async () => {
    const { agent } = await signedIn(app, site, 'admin');
    // Sign-out last: after it the agent is a guest.
    const posts = [
      ...new Set(
        app()
          .routeTable.filter((r) => r.method === 'POST')
          .map((r) => r.url),
      ),
    ].sort((a, b) => Number(a === '/signout') - Number(b === '/signout'));
    const failures: string[] = [];
    for (const route of posts) {
      const url = fill(route);
      for (const [label, value] of hostile) {
        const form = Object.fromEntries(names.map((n) => [n, value]));
        const res = await agent.post(url, form);
        if (res.statusCode >= 500)
          failures.push(`POST ${route} form with ${label}: ${res.statusCode}`);
        const repeated = await agent.post(
          url,
          Object.fromEntries(names.map((n) => [n, [value, value]])),
        );
        if (repeated.statusCode >= 500)
          failures.push(`POST ${route} repeated form with ${label}: ${repeated.statusCode}`);
        // Refresh the token: a post may have signed the agent out or changed the page.
        await agent.get('/');
      }
      for (const [label, value] of [...jsonValues, ...hostile]) {
        const body = Object.fromEntries(names.map((n) => [n, value]));
        const res = await app().inject({
          method: 'POST',
          url,
          headers: {
            cookie: agent.cookieHeader,
            'content-type': 'application/json',
            'x-csrf-token': agent.csrf,
          },
          payload: JSON.stringify({ ...body, _csrf: agent.csrf }),
        });
        if (res.statusCode >= 500)
          failures.push(`POST ${route} JSON with ${label}: ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });

  // A valid form with one field hostile reaches the database: that is where a NUL broke PostgreSQL.
  it('stores or refuses valid forms with one hostile field, never a 5xx', async () => {
    const text = 'Ginger tea eased the nausea within an hour, and it came back the next day.';
    const forms: [string, string, Record<string, string>][] = [
      ['/remedies/l-glutamine/reports/new', '/remedies/l-glutamine/reports', guestReport],
      ['/reports/1', '/reports/1/replies', { body: text, displayName: 'Fuzz Reader', email: '' }],
      ['/reports/1', '/reports/1/flag', { reason: 'other', note: 'Looks like an advert to me.' }],
      [
        '/signup',
        '/signup',
        { displayName: 'Fuzz Member', email: 'fuzz@example.org', password: 'a long passphrase' },
      ],
    ];
    const failures: string[] = [];
    for (const [page, url, form] of forms) {
      for (const field of Object.keys(form)) {
        for (const [label, value] of hostile) {
          const guest = new Agent(app);
          await guest.get(page);
          const res = await guest.post(url, {
            ...form,
            ...(field === 'email' && url === '/signup'
              ? { email: `f${Math.random().toString(36).slice(2)}@example.org` }
              : {}),
            [field]: field === 'email' ? `${value}@example.org` : `${form[field]} ${value}`,
          });
          if (res.statusCode >= 500)
            failures.push(`POST ${url} ${field} with ${label}: ${res.statusCode}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // Hundreds of full form posts: on a busy two-core machine this takes longer than the default.
  }, 120_000);

  it('answers each GET parameter alone without a 5xx', async () => {
    const gets = [
      ...new Set(
        app()
          .routeTable.filter((r) => r.method === 'GET')
          .map((r) => r.url),
      ),
    ];
    const query = [
      'q',
      'page',
      'rating',
      'sort',
      'outcome',
      'dose',
      'condition',
      'next',
      'token',
      'from',
      'to',
      'remedy',
      'type',
    ];
    const failures: string[] = [];
    for (const route of gets)
      for (const name of query)
        for (const [label, value] of hostile) {
          const url = `${fill(route)}?${new URLSearchParams({ [name]: value }).toString()}`;
          const res = await app().inject({ method: 'GET', url });
          if (res.statusCode >= 500)
            failures.push(`GET ${route} ${name} with ${label}: ${res.statusCode}`);
        }
    expect(failures).toEqual([]);
    // Every GET route × 13 parameters × each hostile value (28 s on a busy run): as above.
  }, 120_000);
});
