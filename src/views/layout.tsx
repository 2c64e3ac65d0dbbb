import { CsrfField } from './components/form.js';
import { type PageContext, canEdit, canModerate } from './context.js';
import { type Child, Fragment, Html, h, raw } from './jsx.js';
import { urls } from './urls.js';
import { logo } from './components/icons.js';

export interface LayoutProps {
  title: string;
  description?: string;
  canonical?: string;
  /** Pages that must not be indexed (errors, filtered duplicates). */
  noindex?: boolean;
  /** OpenGraph's kind of page: "article" for remedies and reports. */
  ogType?: 'website' | 'article';
  /** schema.org structured data for the page, as JSON-LD. */
  jsonLd?: object;
  /** Atom feeds of this page's reports, named for autodiscovery. */
  feeds?: { title: string; href: string }[];
  ctx: PageContext;
  children?: Child;
}

const SITE_DESCRIPTION =
  "Natural remedies: editorial articles and readers' first-hand reports, grouped by condition.";

/** The tags search engines and sharing previews read: canonical, description, OpenGraph, Twitter. */
function Sharing(props: LayoutProps): Html {
  const origin = props.ctx.origin ?? 'http://localhost:3000';
  const abs = (path: string) => new URL(path, origin).toString();
  const canonical = abs(props.canonical ?? props.ctx.path ?? '/');
  const title = props.title === 'Remedex' ? 'Remedex' : `${props.title} – Remedex`;
  const description = props.description ?? `${props.title}. ${SITE_DESCRIPTION}`;
  return (
    <>
      <meta name="description" content={description} />
      <link rel="canonical" href={canonical} />
      <meta property="og:site_name" content="Remedex" />
      <meta property="og:type" content={props.ogType ?? 'website'} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={canonical} />
      <meta property="og:image" content={abs('/static/share.png')} />
      <meta property="og:image:width" content="1200" />
      <meta property="og:image:height" content="630" />
      <meta property="og:image:alt" content="Remedex: a green leaf beside the site's name" />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
    </>
  );
}

function Head(props: LayoutProps): Html {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{props.title === 'Remedex' ? 'Remedex' : `${props.title} – Remedex`}</title>
      <Sharing {...props} />
      {props.noindex ? <meta name="robots" content="noindex" /> : null}
      {(props.feeds ?? []).map((f) => (
        <link rel="alternate" type="application/atom+xml" title={f.title} href={f.href} />
      ))}
      {props.jsonLd ? (
        <script type="application/ld+json">{raw(jsonForScript(props.jsonLd))}</script>
      ) : null}
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="manifest" href="/manifest.webmanifest" />
      <meta name="theme-color" content="#2f6b3f" media="(prefers-color-scheme: light)" />
      <meta name="theme-color" content="#1d3d27" media="(prefers-color-scheme: dark)" />
      <link rel="stylesheet" href="/static/styles.css" />
      <script src="/static/autocomplete.js" defer></script>
      <script src="/static/place.js" defer></script>
    </head>
  );
}

/** JSON inside a script element: "<" escaped, so no text in it can close the element. */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export function Layout(props: LayoutProps): Html {
  return (
    <html lang="en">
      <Head {...props} />
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href={urls.home()}>
              {logo}
              Remedex
            </a>
            <nav aria-label="Main">
              <ul>
                <li>
                  <a href={urls.remedies()}>Remedies</a>
                </li>
                <li>
                  <a href={urls.conditions()}>Conditions</a>
                </li>
                <li>
                  <a href={urls.latest()}>Latest reports</a>
                </li>
              </ul>
            </nav>
            <form class="site-search" method="get" action="/search" role="search">
              <label for="site-search-q" class="visually-hidden">
                Search remedies, conditions and reports
              </label>
              <input
                id="site-search-q"
                type="search"
                name="q"
                placeholder="A remedy, condition or symptom"
                list="site-search-suggestions"
                autocomplete="off"
              />
              <datalist id="site-search-suggestions"></datalist>
              <button type="submit">Search</button>
            </form>
            <Account ctx={props.ctx} />
          </div>
        </header>
        <main id="main" class="wrap">
          {props.ctx.notice ? (
            <p class="notice" role="status">
              {props.ctx.notice}
            </p>
          ) : null}
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              Remedex collects editorial articles and readers' own experiences of natural remedies.
              Nothing here is medical advice: talk to a qualified health professional before
              starting, stopping or changing any treatment. In an emergency, call your local
              emergency number.
            </p>
            <p class="footer-links">
              <a href="/about">About</a> · <a href="/privacy">Privacy</a> ·{' '}
              <a href="/contact">Contact</a> · <a href="/data">Open data</a> ·{' '}
              <a href="/api/v1/">API</a> · <a href="/moderation-log">Moderation log</a> ·{' '}
              <a href={urls.reportsFeed()}>New reports (Atom)</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

function Account(props: { ctx: PageContext }): Html {
  const { viewer, csrfToken } = props.ctx;
  if (!viewer) {
    return (
      <ul class="account">
        <li>
          <a href="/signin">Sign in</a>
        </li>
        <li>
          <a href="/signup">Join</a>
        </li>
      </ul>
    );
  }
  return (
    <ul class="account">
      {canModerate(props.ctx) ? (
        <li>
          <a href="/moderate">Moderate</a>
        </li>
      ) : null}
      {canEdit(props.ctx) ? (
        <li>
          <a href="/admin/remedies">Edit remedies</a>
        </li>
      ) : null}
      <li>
        <a href="/account" title="My account">
          {viewer.displayName}
        </a>
      </li>
      <li>
        <form method="post" action="/signout" class="inline">
          <CsrfField token={csrfToken} />
          <button type="submit" class="link-button">
            Sign out
          </button>
        </form>
      </li>
    </ul>
  );
}

export const page = (layout: Html): string => `<!doctype html>${layout.value}`;

/** The page as bytes, for pages built from fragments kept encoded (see Html.bytes). */
export const pageBytes = (layout: Html): Buffer => new Html(['<!doctype html>', layout]).bytes();
