import { SCOPES } from '../../../lib/auth/scopes.ts';
import type { GraphMethod } from '../../../domain/auth-methods/graph-method.ts';
import { graphBatch } from '../../../lib/graph/graph-batch.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { createRequestPacer, METHOD_SCAN_LIMIT } from '../../../lib/graph/request-pacer.ts';
import type { ScannedUser } from '../lib/finding-types.ts';
import type { CohortUser } from './cohort-members.ts';
import { pause } from '../../../lib/graph/pause.ts';
import { backoffMs, retryAfterOr } from '../../../lib/graph/retry-policy.ts';

const BATCH_SIZE = 20;
const pacer = createRequestPacer(METHOD_SCAN_LIMIT.limit, METHOD_SCAN_LIMIT.windowMs);

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
 * inner request paced as the directory counts it. Inner 429s are retried by graphBatch; a 429 on the batch
 * itself waits for Retry-After (or backs off) and sends the chunk again.
 */
export async function scanChunk(
  users: readonly CohortUser[],
  signal: AbortSignal,
  onPacerWait?: (waiting: boolean) => void,
): Promise<ChunkResult> {
  if (users.length > BATCH_SIZE) throw new Error(`A scan chunk holds at most ${BATCH_SIZE} users.`);
  for (let attempt = 0; ; attempt++) {
    const answered: (() => void)[] = [];
    for (let i = 0; i < users.length; i++) answered.push(await pacer.acquire(signal, onPacerWait));
    try {
      const results = await graphBatch<Record<string, { value: GraphMethod[] }>>(
        Object.fromEntries(
          users.map((u, i) => [
            String(i),
            { url: `/users/${encodeURIComponent(u.id)}/authentication/methods` },
          ]),
        ),
        { version: 'beta', scopes: SCOPES.authMethodsRead, signal },
      );
      // Graph counted the requests when they arrived: their slots date from the answer.
      for (const slot of answered) slot();
      const chunk: ChunkResult = { scanned: [], failed: [] };
      for (const [i, user] of users.entries()) {
        const result = results[String(i)];
        if (result?.ok) chunk.scanned.push({ ...user, methods: result.data.value ?? [] });
        else if (result && result.error.status !== 404) chunk.failed.push({ user, error: result.error });
        // 404: the user was deleted since the cohort was listed; nothing left to tidy.
      }
      return chunk;
    } catch (error) {
      for (const slot of answered) slot();
      if (!(error instanceof GraphError) || error.status !== 429 || attempt >= 4) throw error;
      await pause(retryAfterOr(error, backoffMs(attempt, 2000)), signal);
    }
  }
}

export const SCAN_BATCH_SIZE = BATCH_SIZE;
