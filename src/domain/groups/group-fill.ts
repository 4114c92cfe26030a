import { GraphError } from '../../lib/graph/graph-error.ts';
import { backoffMs } from '../../lib/graph/retry-policy.ts';
import { sendWithRetries, throttledWait, type WaitRule } from '../../lib/graph/send-with-retries.ts';

/** A user to put in the group, as the results list names them. */
export interface FillUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
}

export type FillOutcome = 'pending' | 'added' | 'alreadyMember' | 'notFound' | 'refused' | 'failed';

export interface FillResult {
  user: FillUser;
  outcome: FillOutcome;
  error?: GraphError;
}

/** The two ways of adding, and a pause: the real ones unless a test swaps them. */
export interface FillApi {
  /** Up to MEMBERS_PER_REQUEST users, all or none. */
  addMany(userIds: readonly string[]): Promise<void>;
  addOne(userId: string): Promise<void>;
  pause(ms: number): Promise<void>;
}

export interface FillOptions {
  shouldStop: () => boolean;
  /** Hears every change, with a fresh array. */
  onUpdate: (results: FillResult[]) => void;
}

/** group-post-members.md: "up to 20 members can be added in a single request". */
export const MEMBERS_PER_REQUEST = 20;

/** The preview's starting point: users already in the group are done before anything is sent. */
export function initialFill(users: readonly FillUser[], alreadyIn: ReadonlySet<string>): FillResult[] {
  const seen = new Set<string>();
  return users.flatMap((user) => {
    if (seen.has(user.id)) return [];
    seen.add(user.id);
    return [{ user, outcome: alreadyIn.has(user.id) ? ('alreadyMember' as const) : ('pending' as const) }];
  });
}

export const countFill = (results: readonly FillResult[]): Record<FillOutcome, number> => {
  const counts = { pending: 0, added: 0, alreadyMember: 0, notFound: 0, refused: 0, failed: 0 };
  for (const r of results) counts[r.outcome]++;
  return counts;
};

/** Failed users set back to pending; refusals stay (sending them again would be refused again). */
export const resetFailedFill = (results: readonly FillResult[]): FillResult[] =>
  results.map((r) => (r.outcome === 'failed' ? { user: r.user, outcome: 'pending' } : r));

const asGraphError = (error: unknown) =>
  error instanceof GraphError
    ? error
    : new GraphError({
        status: 0,
        code: 'ClientError',
        message: error instanceof Error ? error.message : String(error),
      });

/** Graph's 400 for a group still replicating after its creation (group-post-members.md, beta): retry shortly. */
const isReplicating = (e: GraphError) => e.status === 400 && /do not exist/i.test(e.message);
/** Graph's 400 when a user of the request is already a member: the whole request added nobody. */
const isAlreadyThere = (e: GraphError) => e.status === 400 && /already exist/i.test(e.message);

/**
 * Sends `send` again where Graph did nothing and says to wait: a 429 (after Retry-After) or a group still
 * replicating (after 2, 4, 8 s). Anything else, or too many waits, is thrown to the caller.
 */
const throttledOrReplicating: WaitRule = (error, attempt) =>
  error instanceof GraphError && isReplicating(error)
    ? backoffMs(attempt, 2000)
    : throttledWait(2000)(error, attempt);

function withWaits(send: () => Promise<void>, api: FillApi): Promise<void> {
  return sendWithRetries(send, { retries: 3, waitFor: throttledOrReplicating, wait: api.pause });
}

function outcomeOf(error: GraphError): FillOutcome {
  if (isAlreadyThere(error)) return 'alreadyMember';
  if (error.status === 404) return 'notFound';
  if (error.status === 403) return 'refused';
  return 'failed';
}

/**
 * Adds the pending users, twenty per request. Graph adds a request's users all or none, so when one user
 * spoils a request (already a member, or gone: 400 or 404) its users are added one at a time to say who was
 * not added and why. A 403 stops the run: the rest would be refused too. Runs only `pending` results, so
 * calling it again after resetFailedFill retries the failed ones.
 */
export async function runGroupFill(
  start: readonly FillResult[],
  api: FillApi,
  options: FillOptions,
): Promise<FillResult[]> {
  let results = [...start];
  const set = (changes: ReadonlyMap<string, FillResult>) => {
    results = results.map((r) => changes.get(r.user.id) ?? r);
    options.onUpdate(results);
  };
  const pending = results.filter((r) => r.outcome === 'pending');
  for (let i = 0; i < pending.length; i += MEMBERS_PER_REQUEST) {
    if (options.shouldStop()) break;
    const chunk = pending.slice(i, i + MEMBERS_PER_REQUEST);
    try {
      await withWaits(() => api.addMany(chunk.map((r) => r.user.id)), api);
      set(new Map(chunk.map((r) => [r.user.id, { user: r.user, outcome: 'added' }])));
      continue;
    } catch (error) {
      const graphError = asGraphError(error);
      if (!isAlreadyThere(graphError) && graphError.status !== 404) {
        set(
          new Map(
            chunk.map((r) => [
              r.user.id,
              { user: r.user, outcome: outcomeOf(graphError), error: graphError },
            ]),
          ),
        );
        if (graphError.status === 403) break;
        continue;
      }
    }
    for (const entry of chunk) {
      let next: FillResult;
      try {
        await withWaits(() => api.addOne(entry.user.id), api);
        next = { user: entry.user, outcome: 'added' };
      } catch (error) {
        const graphError = asGraphError(error);
        next = { user: entry.user, outcome: outcomeOf(graphError), error: graphError };
      }
      set(new Map([[entry.user.id, next]]));
    }
  }
  return results;
}
