import type { Dataset, StoredFile } from '../../domain/open/index.js';
import type { PageContext } from '../context.js';
import { formatCount, formatDate } from '../format.js';
import { Fragment, h } from '../jsx.js';
import { Layout, page } from '../layout.js';

// /data: the open outcomes data, its files, its data dictionary and its licence.

export interface DataView {
  datasets: Dataset[];
  files: StoredFile[];
  license: { name: string; title: string; path: string | null };
  minReports: number;
}

const size = (bytes: number) =>
  bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1000))} kB`;

function Download(props: { file: StoredFile | undefined; name: string; kind: string }) {
  if (!props.file) return <li>{props.kind}: not built yet</li>;
  return (
    <li>
      <a href={`/data/${props.name}`} download>
        {props.name}
      </a>{' '}
      ({props.kind}, {formatCount(props.file.rows)} rows, {size(props.file.bytes)}; gzipped{' '}
      {size(props.file.compressed)})
    </li>
  );
}

function DatasetBlock(props: { d: Dataset; files: StoredFile[] }) {
  const { d } = props;
  const file = (ext: string) => props.files.find((f) => f.name === `${d.name}.${ext}`);
  return (
    <section class="dataset" id={d.name}>
      <h2>{d.title}</h2>
      <p>{d.description}</p>
      <ul>
        <Download file={file('csv')} name={`${d.name}.csv`} kind="CSV" />
        <Download file={file('jsonl')} name={`${d.name}.jsonl`} kind="JSON Lines" />
      </ul>
      <h3>Columns</h3>
      <dl class="api-fields">
        {d.fields.map((f) => (
          <>
            <dt>
              <code>{f.name}</code> <span class="muted">({f.type})</span>
            </dt>
            <dd>{f.description}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}

export function dataPage(v: DataView, ctx: PageContext): string {
  const built = v.files[0]?.builtAt ?? null;
  return page(
    <Layout
      ctx={ctx}
      title="Open data"
      description="Remedex's community numbers as open data: outcomes, doses, side effects and time to effect per remedy and condition, and facts per report, as CSV and JSON Lines."
    >
      <article class="open-data">
        <h1>Open data</h1>
        <p>
          What readers reported, counted, for anyone to study: per remedy and condition, and per
          report. The files hold only numbers and the facts read from reports, with their stars and
          month. No text, name, place or report number is in them.
        </p>
        <p>
          <strong>Not medical advice.</strong> These are readers' own experiences, not trials:
          people who write in are not a sample of everyone who tried a remedy.
        </p>
        <ul>
          <li>
            <strong>Small counts are withheld.</strong> A count from 1 to {v.minReports - 1} is left
            empty, and so is any count or share it could be worked out from; a remedy and condition
            with fewer than {v.minReports} reports is not in the files at all, nor are its reports.
            In the per-report file a value is given only when at least {v.minReports} reports of the
            same remedy and condition share it.
          </li>
          <li>
            <strong>Licence:</strong>{' '}
            {v.license.path ? <a href={v.license.path}>{v.license.title}</a> : v.license.title}.
            Please credit “Remedex readers”.
          </li>
          <li>
            {built
              ? `Rebuilt every night; last built ${formatDate(built)} (${built.slice(11, 16)} UTC).`
              : 'Built every night; the first build is queued and is ready within minutes.'}{' '}
            The data dictionary is below and, with the licence, in{' '}
            <a href="/data/datapackage.json">datapackage.json</a> (a Frictionless Data Package).
            Live numbers are in the <a href="/api/v1/">read API</a>.
          </li>
        </ul>
        {v.datasets.map((d) => (
          <DatasetBlock d={d} files={v.files} />
        ))}
      </article>
    </Layout>,
  );
}

/** The data dictionary and licence as a Frictionless Data Package (datapackage.json). */
export function dataPackage(v: DataView, abs: (path: string) => string) {
  return {
    name: 'remedex-open-data',
    title: 'Remedex open outcomes data',
    description:
      'Readers’ reports of natural remedies, counted per remedy and condition, and the facts read from each report. Not medical advice. Counts from 1 to INSIGHT_MIN_REPORTS − 1 are withheld.',
    homepage: abs('/data'),
    licenses: [
      {
        name: v.license.name,
        title: v.license.title,
        ...(v.license.path ? { path: v.license.path } : {}),
      },
    ],
    ...(v.files[0] ? { created: v.files[0].builtAt } : {}),
    resources: v.datasets.flatMap((d) =>
      (['csv', 'jsonl'] as const).map((format) => {
        const file = v.files.find((f) => f.name === `${d.name}.${format}`);
        return {
          name: `${d.name}-${format}`,
          title: d.title,
          description: d.description,
          path: abs(`/data/${d.name}.${format}`),
          format,
          mediatype: format === 'csv' ? 'text/csv' : 'application/jsonl',
          encoding: 'utf-8',
          ...(file ? { bytes: file.bytes } : {}),
          schema: {
            fields: d.fields.map((f) => ({
              name: f.name,
              type: f.type,
              description: f.description,
            })),
            missingValues: [''],
          },
        };
      }),
    ),
  };
}
