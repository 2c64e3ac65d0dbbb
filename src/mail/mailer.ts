import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export interface MailLog {
  info(object: object, message: string): void;
}

/**
 * Sends through the SMTP server in SMTP_URL; without one, writes the whole message to the log so
 * an operator can still act on it (a password-reset link, say).
 */
export function createMailer(smtpUrl: string | null, from: string, log: MailLog): Mailer {
  if (!smtpUrl) {
    return {
      async send(mail) {
        log.info(
          { mail: { from, ...mail } },
          `mail not sent (no SMTP_URL): to ${mail.to}: ${mail.subject}`,
        );
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}

/** Keeps messages in memory: for tests. */
export function memoryMailer(): Mailer & { sent: Mail[] } {
  const sent: Mail[] = [];
  return {
    sent,
    async send(mail) {
      sent.push(mail);
    },
  };
}
