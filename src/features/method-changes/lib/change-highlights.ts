import {
  eventTime,
  initiatorOf,
  targetUserOf,
  type SecurityInfoEvent,
  type TargetUser,
} from '../../../domain/audit/security-info-event.ts';
import type { ChangeFilters } from './change-filters.ts';
import { NO_CHANGE_FILTERS } from './change-filters.ts';

const HOUR = 3_600_000;

/** A pattern worth a look, and the filter that shows its events to anyone who opens the link. */
export interface Highlight {
  key: string;
  title: string;
  detail: string;
  filters: ChangeFilters;
}

/** One person removing methods from this many other users, within the changes loaded. */
export const BULK_DELETION_MINIMUM = 5;
/** A registration this soon after a Temporary Access Pass was issued to the same user. */
export const AFTER_TAP_WINDOW_HOURS = 24;

const isDeletion = (e: SecurityInfoEvent) => /deleted security info$/i.test(e.activityDisplayName ?? '');
const isRegistration = (e: SecurityInfoEvent) =>
  /registered security info$/i.test(e.activityDisplayName ?? '');
// Entra names the method in resultReason ("Admin registered temporary access pass method").
const isTapIssued = (e: SecurityInfoEvent) =>
  isRegistration(e) && /temporary access pass/i.test(e.resultReason ?? '');
const nameOf = (t: TargetUser) => t.displayName || t.userPrincipalName || t.id || 'an unnamed user';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * People who removed methods from at least BULK_DELETION_MINIMUM other users. Only deletions by a named
 * person count (an app or an unknown initiator is not grouped on a guess), and not a user removing their own.
 */
export function bulkDeletions(events: readonly SecurityInfoEvent[]): Highlight[] {
  const byInitiator = new Map<string, { upn: string; name: string; targets: Set<string> }>();
  for (const event of events) {
    if (!isDeletion(event)) continue;
    const who = initiatorOf(event);
    const target = targetUserOf(event);
    if (who.kind !== 'user' || !who.userPrincipalName || !target?.id || target.id === who.id) continue;
    const key = who.userPrincipalName.toLowerCase();
    const entry = byInitiator.get(key) ?? { upn: who.userPrincipalName, name: who.name, targets: new Set() };
    entry.targets.add(target.id);
    byInitiator.set(key, entry);
  }
  return [...byInitiator.values()]
    .filter((e) => e.targets.size >= BULK_DELETION_MINIMUM)
    .sort((a, b) => b.targets.size - a.targets.size)
    .map((e) => ({
      key: `bulk:${e.upn}`,
      title: `${e.name} removed methods from ${plural(e.targets.size, 'user')}`,
      detail: e.upn,
      filters: { ...NO_CHANGE_FILTERS, activity: 'Admin deleted security info', initiator: e.upn },
    }));
}

/** Users who registered a method within AFTER_TAP_WINDOW_HOURS of a pass being issued to them. */
export function registrationsAfterTap(events: readonly SecurityInfoEvent[]): Highlight[] {
  const byTarget = new Map<string, { target: TargetUser; passes: number[]; registrations: number[] }>();
  for (const event of events) {
    const at = eventTime(event);
    const target = targetUserOf(event);
    if (at === undefined || !target?.id || !isRegistration(event) || event.result !== 'success') continue;
    const entry = byTarget.get(target.id) ?? { target, passes: [], registrations: [] };
    (isTapIssued(event) ? entry.passes : entry.registrations).push(at);
    byTarget.set(target.id, entry);
  }
  const window = AFTER_TAP_WINDOW_HOURS * HOUR;
  return [...byTarget.values()].flatMap(({ target, passes, registrations }) => {
    const soon = registrations.filter((at) => passes.some((pass) => at >= pass && at - pass <= window));
    if (soon.length === 0) return [];
    return [
      {
        key: `tap:${target.id}`,
        title: `${nameOf(target)} registered ${plural(soon.length, 'method')} after a Temporary Access Pass`,
        detail: target.userPrincipalName ?? target.id ?? '',
        filters: { ...NO_CHANGE_FILTERS, target: target.id ?? '' },
      },
    ];
  });
}

/** Admins (holders of an active admin role) whose methods were changed, most changes first. */
export function adminsChanged(
  events: readonly SecurityInfoEvent[],
  adminIds: ReadonlySet<string>,
): Highlight[] {
  const byTarget = new Map<string, { target: TargetUser; count: number }>();
  for (const event of events) {
    const target = targetUserOf(event);
    if (!target?.id || !adminIds.has(target.id)) continue;
    const entry = byTarget.get(target.id) ?? { target, count: 0 };
    entry.count += 1;
    byTarget.set(target.id, entry);
  }
  return [...byTarget.values()]
    .sort((a, b) => b.count - a.count)
    .map(({ target, count }) => ({
      key: `admin:${target.id}`,
      title: `${nameOf(target)}: ${plural(count, 'change')}`,
      detail: target.userPrincipalName ?? target.id ?? '',
      filters: { ...NO_CHANGE_FILTERS, target: target.id ?? '' },
    }));
}
