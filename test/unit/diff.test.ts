import { describe, expect, it } from 'vitest';
import { diffLines } from '../../src/domain/editorial/index.js';

describe('the revision diff', () => {
  it('keeps common lines and shows a changed line as removed, then added', () => {
    expect(diffLines('a\nb\nc', 'a\nB\nc\nd')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'del', text: 'b' },
      { op: 'add', text: 'B' },
      { op: 'same', text: 'c' },
      { op: 'add', text: 'd' },
    ]);
  });
  it('treats an empty text as one empty line, as the form does', () => {
    expect(diffLines('', 'x')).toEqual([
      { op: 'del', text: '' },
      { op: 'add', text: 'x' },
    ]);
  });
});
