// The editors' list of remedies.
import { Fragment, h } from '../jsx.js';
import type { RemedyStatus } from '../../model/types.js';
import type { PageContext } from '../context.js';
import { formatDate } from '../format.js';
import { Layout, page } from '../layout.js';
import { urls } from '../urls.js';

export const evidenceOptions: [string, string][] = [
  ['strong', 'Strong'],
  ['moderate', 'Moderate'],
  ['limited', 'Limited'],
  ['anecdotal', 'Anecdotes only'],
];

export function adminRemediesPage(
  list: { slug: string; name: string; status: RemedyStatus; modifiedAt: string }[],
  ctx: PageContext,
): string {
  return page(
    <Layout title="Edit remedies" ctx={ctx} noindex>
      <h1>Edit remedies</h1>
      <p>
        <a class="button primary" href="/admin/remedies/new">
          New remedy
        </a>{' '}
        <a class="button" href="/admin/conditions">
          Conditions
        </a>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Remedy</th>
            <th scope="col">Status</th>
            <th scope="col">Modified</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {list.map((r) => (
            <tr>
              <th scope="row">{r.name}</th>
              <td>{r.status}</td>
              <td>{formatDate(r.modifiedAt)}</td>
              <td>
                <a href={`/admin/remedies/${r.slug}/edit`}>Edit</a> ·{' '}
                <a href={`/admin/remedies/${r.slug}/history`}>History</a>
                {r.status === 'published' ? (
                  <>
                    {' '}
                    · <a href={urls.remedy(r.slug)}>View</a>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>,
  );
}
