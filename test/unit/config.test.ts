import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('has working defaults for a fresh machine', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: 'sqlite:data/remedex.db',
      demoContent: true,
      logLevel: 'info',
      publicUrl: 'http://localhost:3000',
      smtpUrl: null,
      mailFrom: 'Remedex <no-reply@localhost>',
      trustedPostCount: 3,
      editWindowMinutes: 1440,
      insightMinReports: 5,
      pageCache: true,
      redisUrl: null,
      rateLimitFactor: 1,
      trustProxy: false,
      metricsToken: null,
      jobsIntervalSeconds: 30,
      openDataLicense: 'CC-BY-4.0',
      contactEmail: null,
    });
  });

  it('takes the open data licence as given', () => {
    expect(loadConfig({ OPEN_DATA_LICENSE: 'ODbL-1.0' }).openDataLicense).toBe('ODbL-1.0');
    expect(() => loadConfig({ OPEN_DATA_LICENSE: 'x'.repeat(101) })).toThrow(/^OPEN_DATA_LICENSE:/);
    expect(loadConfig({ CONTACT_EMAIL: 'editors@example.org' }).contactEmail).toBe(
      'editors@example.org',
    );
    expect(() => loadConfig({ CONTACT_EMAIL: 'not an address' })).toThrow(/^CONTACT_EMAIL:/);
  });

  it('reads TRUST_PROXY as off, a hop count or a list of proxy addresses', () => {
    expect(loadConfig({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/^TRUST_PROXY: must be "off"/);
  });

  it('reads PostgreSQL URLs and switches the demo off', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgresql://u@h/db',
      DEMO_CONTENT: 'off',
      PORT: '8080',
    });
    expect(c).toMatchObject({ databaseUrl: 'postgresql://u@h/db', demoContent: false, port: 8080 });
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT: .*\(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT: must be 0–65535/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: must be sqlite:PATH or postgres/],
    [{ DEMO_CONTENT: 'yes' }, /^DEMO_CONTENT: must be "on" or "off"/],
    [{ PUBLIC_URL: 'example.org' }, /^PUBLIC_URL: must be an http\(s\) origin/],
    [{ SMTP_URL: 'mail.example.org' }, /^SMTP_URL: must be smtp:/],
    [{ TRUSTED_POST_COUNT: '-1' }, /^TRUSTED_POST_COUNT: must be 0 or more/],
  ])('names the variable in a one-line error for %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
