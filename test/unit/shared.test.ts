import { afterEach, describe, expect, it, vi } from 'vitest';
import { sharedFile } from '../helpers/shared.js';

describe('tests that need ../shared', () => {
  const ci = process.env.CI;
  afterEach(() => {
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
    vi.restoreAllMocks();
  });
  it('say in one line what they skip when a file is missing', () => {
    delete process.env.CI;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(sharedFile('../shared/nothing-here.jsonl', 'scores on nothing')).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('scores on nothing SKIPPED'));
  });
  it('fail under CI', () => {
    process.env.CI = 'true';
    expect(() => sharedFile('../shared/nothing-here.jsonl', 'scores on nothing')).toThrow(
      /required under CI/,
    );
  });
});
