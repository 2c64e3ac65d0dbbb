import type { Article } from '../../model/article.js';
import { icons } from './icons.js';
import type { Citation, RemedyUse } from '../../model/types.js';
import { Fragment, type Html, h } from '../jsx.js';
import { urls } from '../urls.js';
import { PointItem } from './text.js';

const EVIDENCE_WORDS = {
  strong: 'Strong evidence',
  moderate: 'Moderate evidence',
  limited: 'Limited evidence',
  anecdotal: 'Reader anecdotes only',
} as const;

export function EvidenceBadge(props: { level: keyof typeof EVIDENCE_WORDS }): Html {
  return (
    <span class={`badge evidence-${props.level}`}>
      {icons.evidence} {EVIDENCE_WORDS[props.level]}
    </span>
  );
}

function CitationRefs(props: { keys: string[]; citations: Citation[] }): Html {
  return (
    <span class="refs">
      {props.keys.map((key) => {
        const n = props.citations.findIndex((c) => c.key === key) + 1;
        return n > 0 ? (
          <a href={`#cite-${key}`} class="ref" aria-label={`Source ${n}`}>
            [{n}]
          </a>
        ) : null;
      })}
    </span>
  );
}

interface Section {
  id: string;
  title: string;
  body: Html | null;
}

/** The remedy's editorial article, section by section; empty sections are left out. */
type ArticleProps = { name: string; article: Article; citations: Citation[]; uses: RemedyUse[] };

const pointList = (items: { label: string; text: string }[]) =>
  items.length > 0 ? (
    <ul>
      {items.map((i) => (
        <PointItem label={i.label} text={i.text} />
      ))}
    </ul>
  ) : null;
const paragraphs = (items: string[]) => items.map((t) => <p>{t}</p>);

/** What editors say it is used for, each use with its evidence and sources. */
function usesSection(props: ArticleProps): Section {
  const { citations } = props;
  return {
    id: 'uses',
    title: 'What editors say it is used for',
    body:
      props.uses.length > 0 ? (
        <table class="uses stack">
          <thead>
            <tr>
              <th scope="col">Condition</th>
              <th scope="col">Evidence</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {props.uses.map((u) => (
              <tr>
                <th scope="row">
                  <a href={urls.condition(u.condition.slug)}>{u.condition.name}</a>
                </th>
                <td data-label="Evidence">
                  <EvidenceBadge level={u.evidenceLevel} />
                </td>
                <td data-label="Note">
                  {u.note}{' '}
                  <CitationRefs keys={u.citations.map((c) => c.key)} citations={citations} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null,
  };
}

/** Forms and dosage, as a table of amounts. */
function dosageSection(props: ArticleProps): Section {
  const { article: a, name } = props;
  return {
    id: 'dosage',
    title: `How to take ${name}: forms and dosage`,
    body:
      a.dosage.rows.length > 0 ? (
        <>
          {a.dosage.intro ? <p>{a.dosage.intro}</p> : null}
          <table class="dosage stack">
            <caption>Amounts people commonly take</caption>
            <thead>
              <tr>
                <th scope="col">Purpose</th>
                <th scope="col">Amount</th>
                <th scope="col">How often</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {a.dosage.rows.map((r) => (
                <tr>
                  <th scope="row">{r.purpose}</th>
                  <td data-label="Amount">
                    {r.amountMin === r.amountMax
                      ? `${r.amountMin} ${r.unit}`
                      : `${r.amountMin}–${r.amountMax} ${r.unit}`}
                  </td>
                  <td data-label="How often">{r.frequency}</td>
                  <td data-label="Note">{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null,
  };
}

/** What the remedy is: overview, description, research, what editors say it is used for. */
function aboutSections(props: ArticleProps): Section[] {
  const { article: a, citations } = props;
  return [
    {
      id: 'overview',
      title: 'Overview',
      body: (
        <>
          {paragraphs(a.overview.paragraphs)}
          {pointList(a.overview.highlights)}
        </>
      ),
    },
    {
      id: 'what-it-is',
      title: a.whatItIs.title,
      body:
        a.whatItIs.paragraphs.length + a.whatItIs.points.length > 0 || a.whatItIs.sources ? (
          <>
            {paragraphs(a.whatItIs.paragraphs)}
            {pointList(a.whatItIs.points)}
            {a.whatItIs.sources ? <p>{a.whatItIs.sources}</p> : null}
          </>
        ) : null,
    },
    {
      id: 'research',
      title: 'Key research findings',
      body:
        a.research.findings.length > 0 ? (
          <>
            {a.research.intro ? <p>{a.research.intro}</p> : null}
            <ul class="findings">
              {a.research.findings.map((f) => (
                <li>
                  <strong>{f.area}:</strong> {f.claim} <EvidenceBadge level={f.evidence} />{' '}
                  <CitationRefs keys={f.citations} citations={citations} />
                </li>
              ))}
            </ul>
            {a.research.context ? (
              <p class="context-note">
                <strong>Context:</strong> {a.research.context}
              </p>
            ) : null}
          </>
        ) : null,
    },
    usesSection(props),
  ];
}

/** Taking it: benefits, forms and dosage, tips, side effects, cautions. */
function takingSections(props: ArticleProps): Section[] {
  const { article: a, name } = props;
  return [
    {
      id: 'benefits',
      title:
        a.benefits.length > 1
          ? `Top ${a.benefits.length} benefits of ${name}`
          : `Benefits of ${name}`,
      body:
        a.benefits.length > 0 ? (
          <ol class="benefits">
            {a.benefits.map((b) => (
              <li>
                <h3>{b.title}</h3>
                {b.intro ? <p>{b.intro}</p> : null}
                {pointList(b.points)}
              </li>
            ))}
          </ol>
        ) : null,
    },
    dosageSection(props),
    { id: 'tips', title: 'Timing and practical tips', body: pointList(a.tips) },
    {
      id: 'side-effects',
      title: 'Side effects',
      body: (
        <>
          {a.sideEffects.intro ? <p>{a.sideEffects.intro}</p> : null}
          {a.sideEffects.common.length > 0 ? (
            <>
              <h3>Commonly reported</h3>
              {pointList(a.sideEffects.common)}
            </>
          ) : null}
          {a.sideEffects.occasional.length > 0 ? (
            <>
              <h3>Occasionally reported</h3>
              {pointList(a.sideEffects.occasional)}
            </>
          ) : null}
        </>
      ),
    },
    {
      id: 'cautions',
      title: 'Who should be extra cautious',
      body:
        a.cautions.length > 0 ? (
          <ul>
            {a.cautions.map((c) => (
              <li>{c}</li>
            ))}
          </ul>
        ) : null,
    },
  ];
}

/** After the "when to stop" block: readers' highlights, FAQ, the bottom line, sources. */
function afterSections(props: ArticleProps): Section[] {
  const { article: a, citations } = props;
  const highlights = a.reportHighlights.helpful.length + a.reportHighlights.cautionary.length > 0;
  return [
    {
      id: 'report-highlights',
      title: 'What readers report',
      body: highlights ? (
        <>
          <p class="context-note">
            An editor's summary of reader reports: experiences, not evidence.
          </p>
          <div class="two-col">
            <div>
              <h3>Most helpful experiences</h3>
              {pointList(a.reportHighlights.helpful)}
            </div>
            <div>
              <h3>Mixed or cautionary reports</h3>
              {pointList(a.reportHighlights.cautionary)}
            </div>
          </div>
        </>
      ) : null,
    },
    {
      id: 'faq',
      title: 'Frequently asked questions',
      body:
        a.faq.length > 0 ? (
          <dl class="faq">
            {a.faq.map((f) => (
              <>
                <dt>{f.question}</dt>
                <dd>{f.answer}</dd>
              </>
            ))}
          </dl>
        ) : null,
    },
    {
      id: 'closing',
      title: 'The bottom line',
      body: a.closing.length > 0 ? <>{paragraphs(a.closing)}</> : null,
    },
    {
      id: 'sources',
      title: 'Sources',
      body:
        citations.length > 0 ? (
          <ol class="citations">
            {citations.map((c) => (
              <li id={`cite-${c.key}`}>
                {c.url ? <a href={c.url}>{c.title}</a> : c.title}. <em>{c.source}</em>
                {c.year ? `, ${c.year}` : ''}.
              </li>
            ))}
          </ol>
        ) : null,
    },
  ];
}

const OPEN_SECTIONS = new Set(['overview', 'cautions']);

export function ArticleBody(props: ArticleProps): Html {
  const a = props.article;
  const sections = [...aboutSections(props), ...takingSections(props)];
  const after = afterSections(props);
  const present = (s: Section[]) => s.filter((x) => x.body !== null);
  // Sections fold (no JavaScript needed; a link to one opens it); the overview and who should be
  // careful start open, and the disclaimer and "when to stop" are never folded.
  const render = (s: Section) => (
    <section id={s.id} aria-labelledby={`${s.id}-heading`}>
      <details class="article-section" open={OPEN_SECTIONS.has(s.id)}>
        <summary>
          <h2 id={`${s.id}-heading`}>{s.title}</h2>
        </summary>
        {s.body}
      </details>
    </section>
  );
  const toc = [
    ...present(sections),
    { id: 'when-to-stop', title: 'When to stop and call your doctor' },
    ...present(after),
  ];
  return (
    <div class="article">
      <nav class="toc" aria-label="In this article">
        <h2>In this article</h2>
        <ol>
          {toc.map((s) => (
            <li>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {present(sections).map(render)}
      <WhenToStop text={a.whenToStop} />
      {present(after).map(render)}
    </div>
  );
}

/** The block every remedy page carries: when to stop and get medical help. */
export function WhenToStop(props: { text: string }): Html {
  return (
    <section id="when-to-stop" class="when-to-stop" aria-labelledby="when-to-stop-heading">
      <h2 id="when-to-stop-heading">When to stop and call your doctor</h2>
      <p>{props.text}</p>
    </section>
  );
}

export function Disclaimer(props: { text: string }): Html {
  return (
    <aside class="disclaimer" aria-labelledby="disclaimer-heading">
      <h2 id="disclaimer-heading">Important medical disclaimer</h2>
      <p>{props.text}</p>
    </aside>
  );
}
