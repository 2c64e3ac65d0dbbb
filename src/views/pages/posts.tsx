import type { Profile } from '../../domain/reports/index.js';
import { ReportsNotice } from '../components/notice.js';
import { Pagination } from '../components/pagination.js';
import { ReportCard } from '../components/report.js';
import { formatMonthYear, plural, formatCount } from '../format.js';
import { Fragment, h } from '../jsx.js';
import type { PageContext } from '../context.js';
import { Layout, page } from '../layout.js';
import { urls } from '../urls.js';

export function userPage(v: Profile, ctx: PageContext): string {
  const { user } = v;
  return page(
    <Layout
      ctx={ctx}
      title={v.page.page > 1 ? `${user.displayName} (page ${v.page.page})` : user.displayName}
      description={`${user.displayName} on Remedex: ${plural(v.page.total, 'published report')} of what happened when they tried natural remedies.`}
    >
      <header class="profile">
        <h1>{user.displayName}</h1>
        <dl class="facts">
          {user.location ? (
            <>
              <dt>Place</dt>
              <dd>{user.location}</dd>
            </>
          ) : null}
          <dt>Member since</dt>
          <dd>
            <time datetime={user.createdAt}>{formatMonthYear(user.createdAt)}</time>
          </dd>
          <dt>Posts</dt>
          <dd>{plural(user.postCount, 'post')} (reports and replies)</dd>
        </dl>
      </header>
      <section aria-labelledby="user-reports-heading">
        <h2 id="user-reports-heading">
          Reports by {user.displayName} ({formatCount(v.page.total)})
        </h2>
        <ReportsNotice />
        {v.reports.length === 0 ? (
          <p class="empty">No published reports yet.</p>
        ) : (
          v.reports.map((r) => <ReportCard report={r} showContext voting />)
        )}
        <Pagination info={v.page} href={(n) => urls.user(user.id, { page: n })} />
      </section>
    </Layout>,
  );
}

export function errorPage(
  props: { status: number; title: string; message: string },
  ctx: PageContext,
): string {
  return page(
    <Layout ctx={ctx} title={props.title} noindex>
      <section class="error-page">
        <p class="muted">Error {props.status}</p>
        <h1>{props.title}</h1>
        <p>{props.message}</p>
        <p>
          Try <a href={urls.remedies()}>all remedies</a>,{' '}
          <a href={urls.conditions()}>all conditions</a> or the <a href={urls.home()}>home page</a>.
        </p>
      </section>
    </Layout>,
  );
}
