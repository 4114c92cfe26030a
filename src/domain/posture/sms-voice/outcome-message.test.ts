import { describe, expect, it } from 'vitest';
import { outcomeMessage } from './outcome-message.ts';

describe('outcomeMessage', () => {
  it('tells users who must register a passkey that the prompt blocks, with their one date', () => {
    const text = outcomeMessage('mustRegisterPasskey', new Set(['july']))!;
    expect(text).toContain('on 1 July 2027.');
    expect(text).toContain('you cannot continue until you do');
    expect(text).not.toContain('1 February');
  });

  it('gives both dates, and who gets the later one, when the cohort spans them', () => {
    expect(outcomeMessage('losesPhoneKeepsMfa', new Set(['february', 'july']))).toContain(
      'on 1 February 2027 (on 1 July 2027 for Global Administrators and external users)',
    );
  });

  it('writes nothing for users the retirement does not reach, or whose scope is unknown', () => {
    expect(outcomeMessage('notInScope', new Set(['february']))).toBeUndefined();
    expect(outcomeMessage('scopeUnknown', new Set(['february']))).toBeUndefined();
  });
});
