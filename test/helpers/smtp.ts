import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  url: string;
  messages: ParsedMail[];
  /** Refuse the next n messages with a temporary error (451), as a busy server does. */
  refuseNext(n: number): void;
  /** The raw value of a header of a received message. */
  header(m: ParsedMail, name: string): string | undefined;
  close(): Promise<void>;
}

/** A real SMTP server on a free loopback port that keeps what it receives, parsed. */
export async function startSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  let refuse = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (refuse > 0) {
        refuse--;
        stream.resume();
        stream.on('end', () =>
          callback(Object.assign(new Error('Try again later'), { responseCode: 451 })),
        );
        return;
      }
      simpleParser(stream)
        .then((m) => {
          messages.push(m);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseNext: (n) => {
      refuse = n;
    },
    header: (m, name) =>
      m.headerLines
        .find((h) => h.key === name.toLowerCase())
        ?.line.replace(/^[^:]+:\s*/, '')
        .replace(/\r?\n\s+/g, ' '),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
