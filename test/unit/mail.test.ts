// Mail's pure parts: how a notice is written (escaped, with RFC 8058 headers), the backoff, and
// what `jobs run --as-of` accepts.
import { describe, expect, it } from 'vitest';
import { composeMail } from '../../src/views/mail.js';
import { backoffMs } from '../../src/domain/notify/index.js';
import { parseAsOf } from '../../src/cli/jobs.js';
import type { Notice } from '../../src/model/mail.js';

const report = {
  id: 7,
  title: null,
  remedyName: 'Ginger',
  remedySlug: 'ginger',
  conditionName: 'Nausea',
  conditionSlug: 'nausea',
};

describe('composeMail', () => {
  it('escapes what readers wrote in the HTML part and keeps it whole in the text part', () => {
    const notice: Notice = {
      kind: 'reply',
      to: 'a@example.org',
      unsubscribe: 'tok.sig',
      member: true,
      report,
      replier: '<img src=x onerror=alert(1)>',
      excerpt: 'Try it <b>after</b> meals & see',
      replyId: 3,
    };
    const mail = composeMail(notice, 'https://remedex.example');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('Try it &lt;b&gt;after&lt;/b&gt; meals &amp; see');
    expect(mail.text).toContain('“Try it <b>after</b> meals & see”');
    expect(mail.headers).toEqual({
      'List-Unsubscribe': '<https://remedex.example/mail/unsubscribe?t=tok.sig>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(mail.text).toContain('https://remedex.example/account#mail');
    expect(mail.text).toContain('https://remedex.example/reports/7#reply-3');
  });

  it('gives guests the unsubscribe page as their settings, and says why they get mail', () => {
    const mail = composeMail(
      {
        kind: 'confirm',
        to: 'g@example.org',
        unsubscribe: 'u.s',
        member: false,
        report,
        confirm: 'c.s',
      },
      'http://localhost:3000',
    );
    expect(mail.text).not.toContain('/account');
    expect(mail.text).toContain('choice on the report form');
    expect(mail.text).toContain('http://localhost:3000/mail/confirm?t=c.s');
  });

  it('counts a digest honestly: how many reports, and how many more than it lists', () => {
    const mail = composeMail(
      {
        kind: 'digest',
        to: 'f@example.org',
        unsubscribe: 'u.s',
        member: true,
        frequency: 'weekly',
        subject: 'Ginger',
        total: 23,
        reports: [{ id: 1, heading: 'Calmer mornings', excerpt: 'It helped.', rating: 4 }],
      },
      'https://r.example',
    );
    expect(mail.subject).toBe('23 new reports: Ginger');
    expect(mail.text).toContain('and 22 more.');
    expect(mail.text).toContain('not medical advice');
  });
});

describe('backoffMs', () => {
  it('waits longer after each failure, up to six hours', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([60_000, 240_000, 960_000, 3_840_000]);
    expect(backoffMs(12)).toBe(6 * 3_600_000);
  });
});

describe('parseAsOf', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  it('takes a date, an ISO date and time, or days ahead', () => {
    expect(parseAsOf(undefined, now)).toBe(now);
    expect(parseAsOf('2027-03-01', now).toISOString()).toBe('2027-03-01T00:00:00.000Z');
    expect(parseAsOf('2027-03-01T08:30:00Z', now).toISOString()).toBe('2027-03-01T08:30:00.000Z');
    expect(parseAsOf('+90d', now).toISOString()).toBe('2027-03-02T10:00:00.000Z');
  });
  it('refuses anything else with the forms it takes', () => {
    for (const bad of ['tomorrow', '2027-13-01', '90d', '+d', '2027-02-30x'])
      expect(() => parseAsOf(bad, now)).toThrow(/--as-of takes a date/);
  });
});
