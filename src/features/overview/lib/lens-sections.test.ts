import { describe, expect, it } from 'vitest';
import { SNAPSHOT_VERSION, type Snapshot } from '../../../domain/history/snapshot.ts';
import { needsPrivileged } from './lens-sections.ts';

const NOON = Date.UTC(2026, 10, 23, 12);
const snap = (day: string, sections: Snapshot['sections'], reason?: string): Snapshot => ({
  version: SNAPSHOT_VERSION,
  tenantId: '11111111-2222-3333-4444-555555555555',
  day,
  takenAt: `${day}T08:00:00.000Z`,
  exclusions: { ...(reason && { guests: { reason } }), accounts: [] },
  sections,
});

describe('needsPrivileged', () => {
  it('reads roles when today has no snapshot yet, or one without the section', () => {
    expect(needsPrivileged([], { accounts: [] }, NOON)).toBe(true);
    expect(needsPrivileged([snap('2026-11-22', { privileged: { total: 1 } })], { accounts: [] }, NOON)).toBe(
      true,
    );
    expect(needsPrivileged([snap('2026-11-23', { strength: { total: 3 } })], { accounts: [] }, NOON)).toBe(
      true,
    );
  });

  it('reads nothing once today has the section', () => {
    expect(needsPrivileged([snap('2026-11-23', { privileged: { total: 2 } })], { accounts: [] }, NOON)).toBe(
      false,
    );
  });

  it('reads nothing when today was taken under other exclusions (the store would not add the section)', () => {
    const today = snap('2026-11-23', { strength: { total: 3 } }, 'Partners');
    expect(needsPrivileged([today], { accounts: [] }, NOON)).toBe(false);
    expect(needsPrivileged([today], { guests: { reason: 'Partners' }, accounts: [] }, NOON)).toBe(true);
  });
});
