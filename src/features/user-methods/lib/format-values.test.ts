import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLifetime, humanise, yesNo } from './format-values.ts';

describe('formatDateTime', () => {
  it('formats in the given locale', () => {
    expect(formatDateTime('2024-03-05T14:07:00Z', 'en-GB')).toMatch(/5 Mar 2024/);
    expect(formatDateTime('2024-03-05T14:07:00.1234567Z', 'en-US')).toMatch(/Mar 5, 2024/);
  });

  it('says unknown, never "never", for null or nonsense', () => {
    expect(formatDateTime(null)).toBe('unknown');
    expect(formatDateTime(undefined)).toBe('unknown');
    expect(formatDateTime('not a date')).toBe('unknown');
  });
});

describe('humanise', () => {
  it('turns camelCase and PascalCase enum members into words', () => {
    expect(humanise('notAllowedByPolicy')).toBe('Not allowed by policy');
    expect(humanise('NotYetValid')).toBe('Not yet valid');
    expect(humanise('deviceBound')).toBe('Device bound');
    expect(humanise(null)).toBe('unknown');
  });
});

describe('formatLifetime and yesNo', () => {
  it('uses the largest whole unit', () => {
    expect(formatLifetime(60)).toBe('1 hour');
    expect(formatLifetime(480)).toBe('8 hours');
    expect(formatLifetime(43200)).toBe('30 days');
    expect(formatLifetime(1440)).toBe('1 day');
    expect(formatLifetime(90)).toBe('90 minutes');
    expect(formatLifetime(null)).toBe('unknown');
  });
  it('keeps null distinct from false', () => {
    expect([yesNo(true), yesNo(false), yesNo(null)]).toEqual(['Yes', 'No', 'unknown']);
  });
});
