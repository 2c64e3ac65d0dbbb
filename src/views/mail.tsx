// Writes a notice as a mail (the view of a mail, as pages are views of a page): plain text and HTML saying the same, the one-click unsubscribe headers
// (RFC 8058) and a footer with the settings link. HTML goes through the escaping JSX runtime, so a
// reader's name or words cannot inject markup into someone's inbox.
import type { Notice, ReportRef } from '../model/mail.js';
import type { Mail } from '../mail/mailer.js';
import { Fragment, type Html, h } from './jsx.js';
import { urls, withQuery } from './urls.js';

export const mailUrls = {
  unsubscribe: (token: string) => withQuery('/mail/unsubscribe', { t: token }),
  confirm: (token: string) => withQuery('/mail/confirm', { t: token }),
  lasted: (reportId: number, token: string) =>
    withQuery(`/reports/${reportId}/lasted`, { t: token }),
};

interface Body {
  subject: string;
  /** Paragraphs of plain text; the HTML shows the same. */
  lines: string[];
  html: Html;
}

const reportName = (r: ReportRef) => r.title ?? `${r.remedyName} for ${r.conditionName}`;

type Abs = (path: string) => string;

function decisionMail(n: Extract<Notice, { kind: 'moderation' }>, abs: Abs): Body {
  const link = abs(urls.report(n.report.id));
  if (n.decision === 'published') {
    return {
      subject: `Your report is published: ${reportName(n.report)}`,
      lines: [
        `A moderator published your report on ${n.report.remedyName} for ${n.report.conditionName}. It now counts in the numbers readers see.`,
        `Read it: ${link}`,
      ],
      html: (
        <>
          <p>
            A moderator published your report on {n.report.remedyName} for {n.report.conditionName}.
            It now counts in the numbers readers see.
          </p>
          <p>
            <a href={link}>Read your report</a>
          </p>
        </>
      ),
    };
  }
  // Declined while waiting, or taken down after it was published: the author hears which.
  const what = n.decision === 'removed' ? 'took down' : 'did not publish';
  return {
    subject: `Your report was ${n.decision === 'removed' ? 'taken down' : 'not published'}: ${reportName(n.report)}`,
    lines: [
      `A moderator ${what} your report on ${n.report.remedyName} for ${n.report.conditionName}.`,
      `The reason given: ${n.reason ?? 'none was given'}`,
      'You can write it again with this in mind; the moderation log lists every decision.',
    ],
    html: (
      <>
        <p>
          A moderator {what} your report on {n.report.remedyName} for {n.report.conditionName}.
        </p>
        <p>
          The reason given: <strong>{n.reason ?? 'none was given'}</strong>
        </p>
        <p>You can write it again with this in mind; the moderation log lists every decision.</p>
      </>
    ),
  };
}

function replyMail(n: Extract<Notice, { kind: 'reply' }>, abs: Abs): Body {
  const link = abs(`${urls.report(n.report.id)}#reply-${n.replyId}`);
  return {
    subject: `${n.replier} replied to your report on ${n.report.remedyName}`,
    lines: [`${n.replier} wrote:`, `“${n.excerpt}”`, `Read and answer: ${link}`],
    html: (
      <>
        <p>{n.replier} wrote:</p>
        <blockquote>{n.excerpt}</blockquote>
        <p>
          <a href={link}>Read and answer</a>
        </p>
      </>
    ),
  };
}

function followUpMail(n: Extract<Notice, { kind: 'follow-up' }>, abs: Abs): Body {
  const link = abs(mailUrls.lasted(n.report.id, n.answer));
  const when = n.days >= 60 ? `${Math.round(n.days / 30)} months` : `${n.days} days`;
  return {
    subject: `Did it last? ${n.report.remedyName} for ${n.report.conditionName}`,
    lines: [
      `${when} ago you wrote that ${n.report.remedyName} helped with ${n.report.conditionName}. Is it still helping?`,
      `One click answers, no sign-in needed: ${link}`,
      'Your answer is added to your report as a dated update, so readers know how it held up.',
    ],
    html: (
      <>
        <p>
          {when} ago you wrote that {n.report.remedyName} helped with {n.report.conditionName}. Is
          it still helping?
        </p>
        <p>
          <a href={link}>Answer one question</a> (no sign-in needed)
        </p>
        <p>
          Your answer is added to your report as a dated update, so readers know how it held up.
        </p>
      </>
    ),
  };
}

function digestMail(n: Extract<Notice, { kind: 'digest' }>, abs: Abs): Body {
  const more = n.total - n.reports.length;
  const lines = n.reports.map(
    (r) =>
      `${r.heading}${r.rating ? ` (${r.rating} of 5 stars)` : ''}\n${r.excerpt}\n${abs(urls.report(r.id))}`,
  );
  if (more > 0) lines.push(`and ${more} more.`);
  return {
    subject: `${n.total} new report${n.total === 1 ? '' : 's'}: ${n.subject}`,
    lines: [
      `New reports on ${n.subject} since your last ${n.frequency} digest. These are readers' experiences, not medical advice.`,
      ...lines,
    ],
    html: (
      <>
        <p>
          New reports on {n.subject} since your last {n.frequency} digest. These are readers’
          experiences, not medical advice.
        </p>
        {n.reports.map((r) => (
          <div>
            <h3>
              <a href={abs(urls.report(r.id))}>{r.heading}</a>
              {r.rating ? ` (${r.rating} of 5 stars)` : ''}
            </h3>
            <p>{r.excerpt}</p>
          </div>
        ))}
        {more > 0 ? <p>and {more} more.</p> : ''}
      </>
    ),
  };
}

function confirmMail(n: Extract<Notice, { kind: 'confirm' }>, abs: Abs): Body {
  const link = abs(mailUrls.confirm(n.confirm));
  return {
    subject: 'Confirm your email for mail about your report',
    lines: [
      `You asked for mail about your report on ${n.report.remedyName} for ${n.report.conditionName}: the moderator's decision, replies, and a "did it last?" question after 30 and 90 days.`,
      `Confirm this address (the link works for 7 days): ${link}`,
      'If this was not you, ignore this mail: nothing more will be sent.',
    ],
    html: (
      <>
        <p>
          You asked for mail about your report on {n.report.remedyName} for {n.report.conditionName}
          : the moderator’s decision, replies, and a “did it last?” question after 30 and 90 days.
        </p>
        <p>
          <a href={link}>Confirm this address</a> (the link works for 7 days)
        </p>
        <p>If this was not you, ignore this mail: nothing more will be sent.</p>
      </>
    ),
  };
}

function body(n: Notice, abs: Abs): Body {
  switch (n.kind) {
    case 'moderation':
      return decisionMail(n, abs);
    case 'reply':
      return replyMail(n, abs);
    case 'follow-up':
      return followUpMail(n, abs);
    case 'digest':
      return digestMail(n, abs);
    case 'confirm':
      return confirmMail(n, abs);
  }
}

export function composeMail(n: Notice, publicUrl: string): Mail {
  const abs = (path: string) => `${publicUrl}${path}`;
  const b = body(n, abs);
  const unsubscribe = abs(mailUrls.unsubscribe(n.unsubscribe));
  const settings = n.member ? abs('/account#mail') : unsubscribe;
  const footer = [
    `You get this mail from Remedex because of your ${n.member ? 'account settings' : 'choice on the report form'}.`,
    `Change what you get: ${settings}`,
    `Stop all mail from Remedex: ${unsubscribe}`,
  ];
  const html = (
    <html>
      <body>
        {b.html}
        <hr />
        <p style="font-size:small;color:#555">
          You get this mail from Remedex because of your{' '}
          {n.member ? 'account settings' : 'choice on the report form'}.{' '}
          <a href={settings}>Change what you get</a> · <a href={unsubscribe}>Unsubscribe</a>
        </p>
      </body>
    </html>
  );
  return {
    to: n.to,
    subject: b.subject,
    text: [...b.lines, '--', ...footer].join('\n\n'),
    html: `<!doctype html>${html.value}`,
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
