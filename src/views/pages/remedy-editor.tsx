// The remedy editor: one form for the whole article, section by section, with its rows.
import { type Html, h } from '../jsx.js';
import { RowsTable, rowsFrom } from './remedy-editor-rows.js';
import type { DiffSection, EditorData } from '../../domain/editorial/index.js';
import { DiffSections } from '../components/diff.js';
import { remedyKinds } from '../../model/vocabulary.js';
import { ArticleBody, Disclaimer } from '../components/article.js';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Select,
  TextArea,
  TextField,
} from '../components/form.js';
import type { PageContext } from '../context.js';
import { formatDate } from '../format.js';
import { Layout, page } from '../layout.js';

export interface EditorView {
  data: EditorData;
  state: FormState;
  /** The article as it would look, when the editor asked for a preview. */
  preview: (Parameters<typeof ArticleBody>[0] & { changes: DiffSection[] }) | null;
}

/** The remedy itself: name, address, aliases, kind, summary, status, Editor's Choice. */
function RemedyFields(props: { state: FormState; checked: boolean; isNew: boolean }): Html {
  const { state, checked, isNew } = props;
  return (
    <fieldset>
      <legend>The remedy</legend>
      <TextField name="name" label="Name" state={state} required maxlength={80} />
      {isNew ? (
        <TextField
          name="slug"
          label="Address"
          hint="Lowercase letters, digits and dashes: /remedies/ADDRESS"
          state={state}
          required
          maxlength={80}
        />
      ) : null}
      <TextField name="aliases" label="Also known as" hint="Separated by commas." state={state} />
      <Select
        name="kind"
        label="Kind"
        state={state}
        required
        options={remedyKinds.map((k): [string, string] => [k, k])}
      />
      <TextArea
        name="summary"
        label="Summary"
        hint="One sentence, shown in lists and under the title."
        state={state}
        rows={2}
        required
      />
      <Select
        name="status"
        label="Status"
        state={state}
        required
        options={[
          ['draft', 'Draft (not public)'],
          ['published', 'Published'],
        ]}
      />
      <label class="choice">
        <input type="checkbox" name="editorsChoice" checked={checked} /> Editor's Choice
      </label>
    </fieldset>
  );
}

type TableProps = {
  state: FormState;
  a: EditorView['data']['remedy']['article'];
  conditions: EditorView['data']['conditions'];
  v: EditorView;
};

/** The research findings, one row each. */
function FindingsRows({ state, a, conditions, v }: TableProps): Html {
  return (
    <RowsTable
      id="findings"
      caption="Key research findings (each with its evidence level and source keys)"
      error={state.errors.findings}
      conditions={conditions}
      columns={[
        ['findingArea', 'Area', 'text'],
        ['findingClaim', 'Claim', 'text'],
        ['findingEvidence', 'Evidence', 'evidence'],
        ['findingCitations', 'Source keys', 'text'],
      ]}
      rows={rowsFrom(
        v.state.values,
        ['findingArea', 'findingClaim', 'findingEvidence', 'findingCitations'],
        a.research.findings.map((f) => ({
          findingArea: f.area,
          findingClaim: f.claim,
          findingEvidence: f.evidence,
          findingCitations: f.citations.join(', '),
        })),
      )}
    />
  );
}

/** The dosage table, one row each. */
function DosageRows({ state, a, conditions, v }: TableProps): Html {
  return (
    <RowsTable
      id="dosage"
      caption="Dosage table"
      error={state.errors.dosage}
      conditions={conditions}
      columns={[
        ['dosePurpose', 'Purpose', 'text'],
        ['doseMin', 'From', 'number'],
        ['doseMax', 'To', 'number'],
        ['doseUnit', 'Unit', 'text'],
        ['doseFrequency', 'How often', 'text'],
        ['doseNote', 'Note', 'text'],
      ]}
      rows={rowsFrom(
        v.state.values,
        ['dosePurpose', 'doseMin', 'doseMax', 'doseUnit', 'doseFrequency', 'doseNote'],
        a.dosage.rows.map((r) => ({
          dosePurpose: r.purpose,
          doseMin: String(r.amountMin),
          doseMax: String(r.amountMax),
          doseUnit: r.unit,
          doseFrequency: r.frequency,
          doseNote: r.note,
        })),
      )}
    />
  );
}

/** The article, section by section, as the Markdown-style text editors write. */
function ArticleFields(props: {
  state: FormState;
  a: EditorView['data']['remedy']['article'];
  section: (name: string, label: string, hint: string, rows?: number) => Html;
  pointsHint: string;
  conditions: EditorView['data']['conditions'];
  v: EditorView;
}): Html {
  const { state, a, section, pointsHint, conditions, v } = props;
  return (
    <fieldset>
      <legend>Article</legend>
      {section(
        'overview',
        'Overview',
        `Paragraphs separated by a blank line, then points. ${pointsHint}`,
        8,
      )}
      <TextField name="whatItIsTitle" label="“What it is” heading" state={state} required />
      {section('whatItIs', 'What it is and why it matters', 'Paragraphs, then points.', 8)}
      <TextArea name="whatItIsSources" label="Where it comes from" state={state} rows={2} />
      <TextArea name="researchIntro" label="Research: introduction" state={state} rows={2} />
      <FindingsRows state={state} a={a} conditions={conditions} v={v} />
      <TextArea name="researchContext" label="Research: context" state={state} rows={2} />
      {section(
        'benefits',
        'Benefits',
        `One block a benefit: a line “## Title”, an introduction, then points. ${pointsHint}`,
        12,
      )}
      <TextArea name="dosageIntro" label="Forms and dosage: introduction" state={state} rows={2} />
      <DosageRows state={state} a={a} conditions={conditions} v={v} />
      {section('tips', 'Timing and practical tips', pointsHint)}
      <TextArea name="sideEffectsIntro" label="Side effects: introduction" state={state} rows={2} />
      {section('sideEffectsCommon', 'Commonly reported side effects', pointsHint)}
      {section('sideEffectsOccasional', 'Occasionally reported side effects', pointsHint)}
      {section('cautions', 'Who should be extra cautious', 'One line each, starting with - ')}
      {section(
        'whenToStop',
        'When to stop and call your doctor',
        'Required on every remedy page.',
        4,
      )}
      {section('highlightsHelpful', 'Reader reports: most helpful experiences', pointsHint)}
      {section('highlightsCautionary', 'Reader reports: mixed or cautionary', pointsHint)}
      {section(
        'faq',
        'Frequently asked questions',
        'One block a question: a line “## Question”, then the answer.',
        10,
      )}
      <TextArea name="closing" label="The bottom line" state={state} rows={4} />
      {section('disclaimer', 'Disclaimer', 'Required on every remedy page.', 4)}
    </fieldset>
  );
}

/** Sources and what editors say the remedy is used for, one row a line. */
function SourcesFields(props: {
  state: FormState;
  remedy: EditorView['data']['remedy'];
  conditions: EditorView['data']['conditions'];
  v: EditorView;
}): Html {
  const { state, remedy, conditions, v } = props;
  return (
    <fieldset>
      <legend>Sources and uses</legend>
      <RowsTable
        id="citations"
        caption="Sources (cite them by key in findings and uses)"
        error={state.errors.citations}
        conditions={conditions}
        columns={[
          ['citationKey', 'Key', 'text'],
          ['citationTitle', 'Title', 'text'],
          ['citationSource', 'Published in', 'text'],
          ['citationYear', 'Year', 'number'],
          ['citationUrl', 'Link', 'text'],
        ]}
        rows={rowsFrom(
          v.state.values,
          ['citationKey', 'citationTitle', 'citationSource', 'citationYear', 'citationUrl'],
          remedy.citations.map((c) => ({
            citationKey: c.key,
            citationTitle: c.title,
            citationSource: c.source,
            citationYear: c.year ? String(c.year) : '',
            citationUrl: c.url ?? '',
          })),
        )}
      />
      <RowsTable
        id="uses"
        caption="What editors say it is used for (evidence level by condition)"
        error={state.errors.uses}
        conditions={conditions}
        columns={[
          ['useCondition', 'Condition', 'condition'],
          ['useEvidence', 'Evidence', 'evidence'],
          ['useNote', 'Note', 'text'],
          ['useCitations', 'Source keys', 'text'],
        ]}
        rows={rowsFrom(
          v.state.values,
          ['useCondition', 'useEvidence', 'useNote', 'useCitations'],
          remedy.uses.map((u) => ({
            useCondition: u.condition,
            useEvidence: u.evidenceLevel,
            useNote: u.note,
            useCitations: u.citations.join(', '),
          })),
        )}
      />
    </fieldset>
  );
}

/** What saving this draft would change, before the page as it would read. */
function PreviewChanges({ changes }: { changes: DiffSection[] }): Html {
  return (
    <details class="preview-changes" open>
      <summary>
        {changes.length === 0
          ? 'This draft changes nothing yet.'
          : `What this draft changes: ${changes.map((c) => c.name).join(', ')}`}
      </summary>
      <DiffSections sections={changes} level="h3" />
    </details>
  );
}

/** The form's values: what was sent back, else the remedy as saved. */
function editorState(v: EditorView): { state: FormState; checked: boolean } {
  const { remedy, fields } = v.data;
  const values = {
    name: remedy.name,
    slug: remedy.slug,
    aliases: remedy.aliases.join(', '),
    kind: remedy.kind,
    summary: remedy.summary,
    status: remedy.status,
    ...fields,
    ...v.state.values,
  };
  const state: FormState = { values, errors: v.state.errors };
  const checked =
    v.state.values.name !== undefined
      ? v.state.values.editorsChoice === 'on'
      : remedy.editorsChoice;
  return { state, checked };
}

export function remedyEditorPage(v: EditorView, ctx: PageContext): string {
  const { remedy, conditions } = v.data;
  const isNew = remedy.id === null;
  const { state, checked } = editorState(v);
  const a = remedy.article;
  // Only these sections must have text; the rest may stay empty.
  const required = new Set(['overview', 'whenToStop', 'disclaimer']);
  const section = (name: string, label: string, hint: string, rows = 6) => (
    <TextArea
      name={name}
      label={label}
      hint={hint}
      state={state}
      rows={rows}
      required={required.has(name)}
    />
  );
  const pointsHint = 'One point a line: - **Label:** text (the label is optional).';
  return page(
    <Layout title={isNew ? 'New remedy' : `Edit ${remedy.name}`} ctx={ctx} noindex>
      <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <a href="/admin/remedies">Edit remedies</a> › {isNew ? 'New remedy' : remedy.name}
      </nav>
      <h1>{isNew ? 'New remedy' : `Edit ${remedy.name}`}</h1>
      {!isNew && remedy.modifiedAt ? (
        <p class="muted">
          Modified on {formatDate(remedy.modifiedAt)} ·{' '}
          <a href={`/admin/remedies/${remedy.slug}/history`}>History</a>
        </p>
      ) : null}
      <ErrorSummary errors={state.errors} />
      {v.preview ? (
        <section class="preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview (not saved yet)</h2>
          <PreviewChanges changes={v.preview.changes} />
          <Disclaimer text={v.preview.article.disclaimer} />
          <ArticleBody {...v.preview} />
        </section>
      ) : null}
      <form
        method="post"
        action={isNew ? '/admin/remedies' : `/admin/remedies/${remedy.slug}`}
        class="editor"
        novalidate
      >
        <CsrfField token={ctx.csrfToken} />
        <RemedyFields state={state} checked={checked} isNew={isNew} />
        <ArticleFields
          state={state}
          a={a}
          section={section}
          pointsHint={pointsHint}
          conditions={conditions}
          v={v}
        />
        <SourcesFields state={state} remedy={remedy} conditions={conditions} v={v} />
        <TextField
          name="note"
          label="What did you change?"
          hint="Kept in the history with your name."
          state={{ values: { note: String(v.state.values.note ?? '') }, errors: state.errors }}
          required
          maxlength={300}
        />
        <p class="actions">
          <button type="submit" name="intent" value="preview">
            Preview
          </button>
          <button type="submit" name="intent" value="save" class="primary">
            Save
          </button>
        </p>
      </form>
    </Layout>,
  );
}
