import { describe, expect, it } from 'vitest';
import { ERROR_BODY_CHARS, truncateErrorText } from './body.js';

describe('truncateErrorText', () => {
  it('keeps short text and cuts long text', () => {
    expect(truncateErrorText('short')).toBe('short');
    const long = 'x'.repeat(ERROR_BODY_CHARS + 10);
    expect(truncateErrorText(long)).toHaveLength(ERROR_BODY_CHARS + 1);
  });
});
