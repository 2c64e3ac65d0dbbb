// A remedy's revisions, and the diff between two of them.
import { h } from '../jsx.js';
import type { RevisionDiff, History } from '../../domain/editorial/index.js';
import { DiffSections } from '../components/diff.js';
import type { PageContext } from '../context.js';
import { formatDate } from '../format.js';
import { Layout, page } from '../layout.js';

export function historyPage(h_: History, ctx: PageContext): string {
  const { remedy, revisions } = h_;
  return page(
    <Layout title={`History of ${remedy.name}`} ctx={ctx} noindex>
      <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <a href="/admin/remedies">Edit remedies</a> ›{' '}
        <a href={`/admin/remedies/${remedy.slug}/edit`}>{remedy.name}</a> › History
      </nav>
      <h1>History of {remedy.name}</h1>
      <form method="get" action={`/admin/remedies/${remedy.slug}/diff`}>
        <table>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Revision</th>
              <th scope="col">Saved</th>
              <th scope="col">By</th>
              <th scope="col">Change note</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r, i) => (
              <tr>
                <td>
                  <input
                    type="radio"
                    name="from"
                    value={r.number}
                    checked={i === 1 || (revisions.length === 1 && i === 0)}
                    aria-label={`Compare from revision ${r.number}`}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="to"
                    value={r.number}
                    checked={i === 0}
                    aria-label={`Compare to revision ${r.number}`}
                  />
                </td>
                <th scope="row">#{r.number}</th>
                <td>{formatDate(r.createdAt)}</td>
                <td>{r.author ?? 'Remedex'}</td>
                <td>{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <button type="submit">Compare the two chosen revisions</button>
        </p>
      </form>
    </Layout>,
  );
}

export function diffPage(d: RevisionDiff, ctx: PageContext): string {
  return page(
    <Layout title={`${d.remedy.name}: revision ${d.from} → ${d.to}`} ctx={ctx} noindex>
      <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <a href="/admin/remedies">Edit remedies</a> ›{' '}
        <a href={`/admin/remedies/${d.remedy.slug}/history`}>History of {d.remedy.name}</a> ›
        Compare
      </nav>
      <h1>
        {d.remedy.name}: revision {d.from} → {d.to}
      </h1>
      {d.sections.length === 0 ? <p>The two revisions are the same.</p> : null}
      <DiffSections sections={d.sections} />
    </Layout>,
  );
}
