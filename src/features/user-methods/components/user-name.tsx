import { shortName } from '../lib/confirmation-text.ts';
import type { TargetUser } from './user-identity.ts';

// Names may carry right-to-left overrides or run to 5,000 characters: isolate them from the sentence.
const isolate = { unicodeBidi: 'isolate', overflowWrap: 'anywhere' } as const;

/** "Alice Example (alice@contoso.com)" inside a confirmation sentence, safe for hostile names. */
export function UserName({ user }: { user: TargetUser }) {
  return (
    <>
      <strong dir="auto" style={isolate}>
        {shortName(user.displayName)}
      </strong>{' '}
      (<span style={isolate}>{user.upn}</span>)
    </>
  );
}
