import { type AddressInfo, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createMailer } from '../../src/mail/mailer.js';

/** Just enough SMTP on 127.0.0.1 to receive one message. */
function fakeSmtp(): Promise<{ url: string; received: Promise<string>; close: () => void }> {
  let resolve: (data: string) => void = () => undefined;
  const received = new Promise<string>((r) => (resolve = r));
  const server = createServer((socket) => {
    let data = '';
    let inData = false;
    socket.write('220 localhost ESMTP test\r\n');
    socket.on('data', (chunk) => {
      const text = chunk.toString('utf8');
      if (inData) {
        data += text;
        if (data.includes('\r\n.\r\n')) {
          inData = false;
          socket.write('250 OK queued\r\n');
          resolve(data);
        }
        return;
      }
      for (const line of text.split('\r\n').filter(Boolean)) {
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250-localhost\r\n250 8BITMIME\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({
        url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`,
        received,
        close: () => server.close(),
      }),
    ),
  );
}

describe('mailer', () => {
  it('sends through the SMTP server in SMTP_URL', async () => {
    const smtp = await fakeSmtp();
    const mailer = createMailer(smtp.url, 'Remedex <no-reply@example.org>', {
      info: () => undefined,
    });
    await mailer.send({
      to: 'reader@example.org',
      subject: 'Choose a new Remedex password',
      text: 'Here is your link.',
    });
    const message = await smtp.received;
    expect(message).toContain('Subject: Choose a new Remedex password');
    expect(message).toContain('To: reader@example.org');
    expect(message).toContain('Here is your link.');
    smtp.close();
  });

  it('writes the message to the log when there is no SMTP server', async () => {
    const logged: { object: object; message: string }[] = [];
    const mailer = createMailer(null, 'Remedex', {
      info: (object, message) => logged.push({ object, message }),
    });
    await mailer.send({
      to: 'reader@example.org',
      subject: 'Hello',
      text: 'The link: https://x.example/reset',
    });
    expect(logged[0]?.message).toContain(
      'mail not sent (no SMTP_URL): to reader@example.org: Hello',
    );
    expect(JSON.stringify(logged[0]?.object)).toContain('https://x.example/reset');
  });
});
