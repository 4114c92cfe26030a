import { describe, expect, it } from 'vitest';
import type { SecurityInfoEvent } from '../../../domain/audit/security-info-event.ts';
import { adminsChanged, bulkDeletions, registrationsAfterTap } from './change-highlights.ts';

const at = (hours: number) => new Date(Date.UTC(2026, 11, 1) + hours * 3_600_000).toISOString();
const person = (upn: string, id = upn) => ({
  user: { id, displayName: upn.split('@')[0], userPrincipalName: upn },
});

function event(
  activity: string,
  target: string | undefined,
  initiatedBy: SecurityInfoEvent['initiatedBy'],
  hours = 0,
  resultReason = '',
): SecurityInfoEvent {
  return {
    id: `${activity}:${target}:${hours}:${resultReason}`,
    activityDisplayName: activity,
    activityDateTime: at(hours),
    result: 'success',
    resultReason,
    initiatedBy,
    targetResources: target ? [{ id: target, displayName: `User ${target}`, type: 'User' }] : [],
  };
}

describe('bulkDeletions', () => {
  const deletions = (n: number, upn = 'pradeepg@contoso.com') =>
    Array.from({ length: n }, (_, i) => event('Admin deleted security info', `u${i}`, person(upn), i));

  it('names a person who removed methods from five or more other users, as a filter on them', () => {
    const [found] = bulkDeletions(deletions(5));
    expect(found?.title).toBe('pradeepg removed methods from 5 users');
    expect(found?.filters).toMatchObject({
      activity: 'Admin deleted security info',
      initiator: 'pradeepg@contoso.com',
    });
    expect(bulkDeletions(deletions(4))).toEqual([]);
  });

  it('counts users, not deletions, and never an app, an unknown initiator or a user removing their own', () => {
    const sameUser = Array.from({ length: 6 }, (_, i) =>
      event('Admin deleted security info', 'u1', person('a@contoso.com'), i),
    );
    const byApp = Array.from({ length: 6 }, (_, i) =>
      event('Admin deleted security info', `u${i}`, { app: { appId: 'x', displayName: 'Script' } }, i),
    );
    const unknown = Array.from({ length: 6 }, (_, i) => event('Admin deleted security info', `u${i}`, {}, i));
    const own = Array.from({ length: 6 }, (_, i) =>
      event('User deleted security info', `u${i}`, person(`u${i}@contoso.com`, `u${i}`), i),
    );
    expect(bulkDeletions([...sameUser, ...byApp, ...unknown, ...own])).toEqual([]);
  });
});

describe('registrationsAfterTap', () => {
  const tap = (hours: number) =>
    event(
      'Admin registered security info',
      'u1',
      person('meganb@contoso.com'),
      hours,
      'Admin registered temporary access pass method',
    );
  const registration = (hours: number) =>
    event(
      'User registered security info',
      'u1',
      person('u1@contoso.com', 'u1'),
      hours,
      'User registered Fido2 Authentication Method',
    );

  it('finds a registration within a day of a pass, as a filter on the user', () => {
    const [found] = registrationsAfterTap([tap(0), registration(2)]);
    expect(found?.title).toBe('User u1 registered 1 method after a Temporary Access Pass');
    expect(found?.filters.target).toBe('u1');
  });

  it('ignores registrations before the pass, long after it, or with a date that does not parse', () => {
    const unparsable = { ...registration(1), activityDateTime: 'not a date' };
    expect(registrationsAfterTap([tap(10), registration(2), registration(40), unparsable])).toEqual([]);
  });
});

describe('adminsChanged', () => {
  it('lists changes to admins only, most first, and handles events with no target user', () => {
    const events = [
      event('User registered security info', 'admin1', person('x@contoso.com')),
      event('User registered security info', 'admin2', person('x@contoso.com')),
      event('User deleted security info', 'admin2', person('x@contoso.com')),
      event('User registered security info', 'someone', person('x@contoso.com')),
      event('User registered security info', undefined, person('x@contoso.com')),
    ];
    const found = adminsChanged(events, new Set(['admin1', 'admin2']));
    expect(found.map((h) => h.title)).toEqual(['User admin2: 2 changes', 'User admin1: 1 change']);
  });
});
