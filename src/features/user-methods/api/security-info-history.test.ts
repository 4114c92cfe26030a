import { describe, expect, it } from 'vitest';
import { securityInfoHistoryPath } from './security-info-history.ts';

describe('securityInfoHistoryPath', () => {
  it('asks for the Authentication Methods events targeting the user, newest first', () => {
    const path = decodeURIComponent(securityInfoHistoryPath('0b1e6d3c-2f4a-4c8e-9a51-7d2f3e4b5c6d'));
    expect(path).toContain(
      "$filter=loggedByService eq 'Authentication Methods' and targetResources/any(t:t/id eq '0b1e6d3c-2f4a-4c8e-9a51-7d2f3e4b5c6d')",
    );
    expect(path).toContain('$orderby=activityDateTime desc');
  });

  it('never puts anything but an object id into the filter', () => {
    expect(() => securityInfoHistoryPath("x') or (true")).toThrow();
  });
});
