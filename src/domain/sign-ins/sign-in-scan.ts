import { useSyncExternalStore } from 'react';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { graphGet } from '../../lib/graph/graph-client.ts';
import type { GraphPage } from '../../lib/graph/all-pages.ts';
import { GraphError } from '../../lib/graph/graph-error.ts';
import { METHOD_KINDS_IN_ORDER, type MethodKind } from '../auth-methods/method-catalogue.ts';
import { stepUses, type SignInEvent } from './step-kinds.ts';

export type SignInScanStatus = 'idle' | 'scanning' | 'done' | 'cancelled' | 'failed';

export interface SignInScanState {
  status: SignInScanStatus;
  days: number;
  /** The window, fixed when the scan starts: later pages never shift under new sign-ins. */
  since: number;
  until: number;
  signIns: number;
  /** The oldest sign-in read so far: the log comes newest first, so progress runs from `until` back to `since`. */
  reachedBack: number | undefined;
  startedAt: number | undefined;
  finishedAt: number | undefined;
  pacing: boolean;
  error: unknown;
  /** Per user id, the kinds they used, as bits (see `usedKind`). Grows as pages come; `revision` counts them. */
  usage: ReadonlyMap<string, number>;
  revision: number;
  /** Method names the app does not know, shown as they came. */
  unknownNames: readonly string[];
  /** Where a cancelled or failed scan picks up. */
  resumeFrom: string | undefined;
  /** How much of the window was read before the last resumption (the ETA's pace counts only what came after). */
  resumedShare: number;
}

/** The windows offered: the sign-in log keeps 30 days with P1 or P2 (reference-reports-data-retention.md). */
export const SIGN_IN_WINDOWS = [1, 7, 30] as const;
export const DEFAULT_SIGN_IN_WINDOW = 7;
const DAY = 86_400_000;

const IDLE: SignInScanState = {
  status: 'idle',
  days: DEFAULT_SIGN_IN_WINDOW,
  since: 0,
  until: 0,
  signIns: 0,
  reachedBack: undefined,
  startedAt: undefined,
  finishedAt: undefined,
  pacing: false,
  error: undefined,
  usage: new Map(),
  revision: 0,
  unknownNames: [],
  resumeFrom: undefined,
  resumedShare: 0,
};

const KIND_BIT = new Map(METHOD_KINDS_IN_ORDER.map((kind, i) => [kind, i]));
const SECOND_FACTOR_SHIFT = 16;

/** The bit that records one use of a kind, as a first step or as a second factor. */
export function bitOf(kind: MethodKind, secondFactor = false): number {
  const i = KIND_BIT.get(kind) ?? 0;
  return 1 << (secondFactor ? i + SECOND_FACTOR_SHIFT : i);
}

/** Whether the user's bits say they used the kind: as any step, or as a second factor only. */
export function usedKind(
  bits: number | undefined,
  kind: MethodKind,
  how: 'any' | 'secondFactor' = 'any',
): boolean {
  const i = KIND_BIT.get(kind);
  if (bits === undefined || i === undefined) return false;
  const second = (bits >>> (i + SECOND_FACTOR_SHIFT)) & 1;
  return how === 'secondFactor' ? second === 1 : (((bits >>> i) & 1) | second) === 1;
}

/**
 * The tenant's sign-ins over a window, read page by page in the background (paced with the reports, whose
 * limit the sign-in log shares) and kept as aggregates only: per user, which kinds of method they used. The
 * rows themselves are dropped as they are counted. One scan at a time; it keeps going across pages.
 */
let state: SignInScanState = IDLE;
let controller: AbortController | undefined;
const listeners = new Set<() => void>();

function update(next: Partial<SignInScanState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export const getSignInScan = (): SignInScanState => state;

export function subscribeSignInScan(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useSignInScan = (): SignInScanState =>
  useSyncExternalStore(subscribeSignInScan, getSignInScan, getSignInScan);

export function cancelSignInScan(): void {
  controller?.abort(new DOMException('The scan was cancelled.', 'AbortError'));
}

export function signInScanPath(since: number, until: number): string {
  const filter = `createdDateTime ge ${new Date(since).toISOString()} and createdDateTime le ${new Date(until).toISOString()}`;
  return `/auditLogs/signIns?$filter=${encodeURIComponent(filter)}&$top=1000`;
}

export function startSignInScan(days: number, now = Date.now()): Promise<void> {
  cancelSignInScan();
  const until = now;
  const since = now - Math.min(days, 30) * DAY;
  update({ ...IDLE, usage: new Map(), status: 'scanning', days, since, until, startedAt: Date.now() });
  return run(signInScanPath(since, until));
}

/** Continues a cancelled or failed scan from the page it stopped at, keeping what it had counted. */
export function resumeSignInScan(): Promise<void> {
  const from = state.resumeFrom;
  if (!from || state.status === 'scanning') return Promise.resolve();
  // The pace (and so the ETA) counts from the resumption, with what was read before it set aside.
  update({
    status: 'scanning',
    error: undefined,
    finishedAt: undefined,
    startedAt: Date.now(),
    resumedShare: signInScanShare(state),
  });
  return run(from);
}

async function run(first: string): Promise<void> {
  const own = new AbortController();
  controller = own;
  const current = () => controller === own;
  const usage = state.usage as Map<string, number>;
  const unknown = new Set(state.unknownNames);
  let next: string | undefined = first;
  try {
    while (next) {
      own.signal.throwIfAborted();
      const page: GraphPage<SignInEvent> = await graphGet<GraphPage<SignInEvent>>(next, {
        scopes: SCOPES.auditLog,
        version: 'beta',
        pacer: 'reports',
        signal: own.signal,
        onPacerWait: (pacing) => current() && update({ pacing }),
      });
      if (!current()) return;
      let oldest = state.reachedBack;
      for (const event of page.value) {
        const at = event.createdDateTime ? Date.parse(event.createdDateTime) : NaN;
        if (Number.isFinite(at)) oldest = oldest === undefined ? at : Math.min(oldest, at);
        if (!event.userId) continue;
        let bits = usage.get(event.userId) ?? 0;
        for (const step of stepUses(event)) {
          if (step.kind) bits |= bitOf(step.kind, step.secondFactor);
          else unknown.add(step.name);
        }
        usage.set(event.userId, bits);
      }
      next = page['@odata.nextLink'];
      update({
        signIns: state.signIns + page.value.length,
        reachedBack: oldest,
        revision: state.revision + 1,
        unknownNames: [...unknown].sort(),
        resumeFrom: next,
      });
    }
    update({ status: 'done', finishedAt: Date.now(), pacing: false, resumeFrom: undefined });
  } catch (error) {
    if (!current()) return;
    const cancelled = own.signal.aborted && !(error instanceof GraphError);
    // A page Graph no longer serves (an expired or refused skiptoken) cannot be resumed: only read again.
    const unresumable = error instanceof GraphError && error.status === 400;
    update({
      status: cancelled ? 'cancelled' : 'failed',
      error: cancelled ? undefined : error,
      finishedAt: Date.now(),
      pacing: false,
      resumeFrom: unresumable ? undefined : next,
    });
  }
}

/** How far back the scan has read, 0 to 1. */
export function signInScanShare(s: SignInScanState): number {
  if (s.status === 'done') return 1;
  if (s.reachedBack === undefined || s.until <= s.since) return 0;
  return Math.min(1, Math.max(0, (s.until - s.reachedBack) / (s.until - s.since)));
}

/** Seconds left at the pace so far; undefined until there is a pace to go by. */
export function signInScanEtaSeconds(s: SignInScanState, now: number): number | undefined {
  const share = signInScanShare(s);
  const since = share - s.resumedShare;
  if (s.status !== 'scanning' || !s.startedAt || since <= 0.01) return undefined;
  return Math.round(((now - s.startedAt) / 1000) * ((1 - share) / since));
}
