import { SCOPES } from '../../../lib/auth/scopes.ts';
import type { GraphMethod } from '../../../domain/auth-methods/graph-method.ts';
import { graphBatch } from '../../../lib/graph/graph-batch.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import type { ScannedUser } from '../lib/finding-types.ts';
import type { CohortUser } from './cohort-members.ts';
import { sendWithRetries, throttledWait } from '../../../lib/graph/send-with-retries.ts';

const BATCH_SIZE = 20;

export interface ScanFailure {
  user: CohortUser;
  error: GraphError;
}

export interface ChunkResult {
  scanned: ScannedUser[];
  failed: ScanFailure[];
}

/**
 * Up to 20 users' methods in one beta `$batch` (beta for lastUsedDateTime, docs/graph-notes.md §4.0), each
 * inner request counted by the client's `methodScan` pacer as the directory counts it. Inner 429s are retried by graphBatch; a 429 on the batch
 * itself waits for Retry-After (or backs off) and sends the chunk again.
 */
export async function scanChunk(
  users: readonly CohortUser[],
  signal: AbortSignal,
  onPacerWait?: (waiting: boolean) => void,
): Promise<ChunkResult> {
  if (users.length > BATCH_SIZE) throw new Error(`A scan chunk holds at most ${BATCH_SIZE} users.`);
  const results = await sendWithRetries(
    () =>
      graphBatch<Record<string, { value: GraphMethod[] }>>(
        Object.fromEntries(
          users.map((u, i) => [
            String(i),
            { url: `/users/${encodeURIComponent(u.id)}/authentication/methods` },
          ]),
        ),
        { version: 'beta', scopes: SCOPES.authMethodsRead, signal, pacer: 'methodScan', onPacerWait },
      ),
    { retries: 4, waitFor: throttledWait(2000), signal },
  );
  const chunk: ChunkResult = { scanned: [], failed: [] };
  for (const [i, user] of users.entries()) {
    const result = results[String(i)];
    if (result?.ok) chunk.scanned.push({ ...user, methods: result.data.value ?? [] });
    else if (result && result.error.status !== 404) chunk.failed.push({ user, error: result.error });
    // 404: the user was deleted since the cohort was listed; nothing left to tidy.
  }
  return chunk;
}

export const SCAN_BATCH_SIZE = BATCH_SIZE;
