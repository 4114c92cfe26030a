import { createRandom } from './random.ts';

/** A GUID that is the same every time for the same key: report rows keep their ids across calls. */
export function stableGuid(key: string): string {
  return createRandom(key).guid();
}
