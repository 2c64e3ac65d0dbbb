// What a notification mail says, before it is written as text and HTML (src/mail/compose.tsx).
// Links travel as signed tokens; the composer turns them into addresses on PUBLIC_URL.

export interface ReportRef {
  id: number;
  title: string | null;
  remedyName: string;
  remedySlug: string;
  conditionName: string;
  conditionSlug: string;
}

interface Common {
  to: string;
  /** The one-click unsubscribe token (RFC 8058). */
  unsubscribe: string;
  /** Members manage their mail at /account; guests only have the unsubscribe page. */
  member: boolean;
}

export type Notice = Common &
  (
    | {
        kind: 'moderation';
        decision: 'published' | 'rejected' | 'removed';
        reason: string | null;
        report: ReportRef;
      }
    | { kind: 'reply'; report: ReportRef; replier: string; excerpt: string; replyId: number }
    | { kind: 'follow-up'; report: ReportRef; days: number; answer: string }
    | {
        kind: 'digest';
        frequency: 'daily' | 'weekly';
        /** "Turmeric", "Insomnia" or "Turmeric for insomnia". */
        subject: string;
        reports: { id: number; heading: string; excerpt: string; rating: number | null }[];
        total: number;
      }
    | { kind: 'confirm'; report: ReportRef; confirm: string }
  );

/** The answers of the "did it last?" form, in the order it offers them. */
export const lastedAnswers = {
  still_helping: 'It is still helping',
  stopped_helping: 'It stopped helping',
  stopped_taking: 'I stopped taking it',
  side_effects: 'It gave me side effects',
} as const;
export type LastedAnswer = keyof typeof lastedAnswers;
