import { describe, expect, it } from 'vitest';
import { checkHistoryFile, historyFile, planImport, HISTORY_FILE_FORMAT } from './history-file.ts';
import { mergeSnapshots } from './merge.ts';
import { dayOf, isValidDay, parseSnapshot, type Snapshot } from './snapshot.ts';

const TENANT = '0b5e4a4e-1111-4c3d-9e8f-123456789abc';
const snap = (day: string, hour = 9, mfa = 10): Snapshot => ({
  version: 1,
  tenantId: TENANT,
  day,
  takenAt: `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`,
  exclusions: { accounts: [] },
  sections: { features: { total: 100, mfaCapable: mfa }, strength: { strong: 3, none: 97 } },
});
const fileOf = (snapshots: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: HISTORY_FILE_FORMAT, version: 1, tenantId: TENANT, snapshots, ...extra });

describe('days', () => {
  it('uses the UTC day and rejects impossible dates', () => {
    expect(dayOf(Date.parse('2026-11-23T23:59:59Z'))).toBe('2026-11-23');
    expect(isValidDay('2026-02-30')).toBe(false);
    expect(isValidDay('2026-2-3')).toBe(false);
    expect(isValidDay('2026-02-28')).toBe(true);
  });
});

describe('parseSnapshot', () => {
  it('accepts a well-formed snapshot and keeps future sections', () => {
    const s = {
      ...snap('2026-11-01'),
      sections: { ...snap('2026-11-01').sections, retirement: { phoneOnly: 4 } },
    };
    expect(parseSnapshot(s)).toEqual({ snapshot: s });
  });

  it.each([
    ['a version from the future', { version: 2 }, 'unsupported version 2'],
    ['a bad day', { day: '2026-13-01' }, 'day is not a YYYY-MM-DD date'],
    ['takenAt on another day', { takenAt: '2026-11-02T00:00:00Z' }, 'takenAt is not on 2026-11-01'],
    ['a negative count', { sections: { features: { total: -1 } } }, 'features.total is not a count'],
    ['a fraction', { sections: { features: { total: 1.5 } } }, 'features.total is not a count'],
    ['a string count', { sections: { features: { total: '5' } } }, 'features.total is not a count'],
    [
      'Infinity as a huge number',
      { sections: { features: { total: 1e300 } } },
      'features.total is not a count',
    ],
    ['a prototype key', { sections: JSON.parse('{"__proto__":{"a":1}}') }, 'a section name is invalid'],
    [
      'markup as a name',
      { sections: { features: { '<img src=x>': 1 } } },
      'section features has an invalid name',
    ],
    ['no sections', { sections: {} }, 'wrong number of sections'],
    [
      'an exclusion without a reason',
      { exclusions: { accounts: [{ upn: 'a@b.c', reason: '' }] } },
      'exclusions are malformed',
    ],
    ['a tenant that is not a GUID', { tenantId: '../../etc' }, 'tenantId is not a GUID'],
  ])('refuses %s', (_name, patch, problem) => {
    expect(parseSnapshot({ ...snap('2026-11-01'), ...patch })).toEqual({ problem });
  });

  it('refuses values that are not objects', () => {
    for (const v of [null, 42, 'x', [], true]) expect('problem' in parseSnapshot(v)).toBe(true);
  });
});

describe('merge', () => {
  it('is a union by day, and the earlier snapshot of a day wins', () => {
    const local = [snap('2026-11-01', 10, 1), snap('2026-11-02', 9, 2)];
    const incoming = [snap('2026-11-01', 8, 7), snap('2026-11-02', 12, 8), snap('2026-11-03', 9, 9)];
    const { merged, added, replaced, keptLocal } = mergeSnapshots(local, incoming);
    expect(merged.map((s) => [s.day, s.sections.features?.mfaCapable])).toEqual([
      ['2026-11-01', 7],
      ['2026-11-02', 2],
      ['2026-11-03', 9],
    ]);
    expect([added.length, replaced.length, keptLocal.length]).toEqual([1, 1, 1]);
  });

  it('gives the same history whichever side merges into which', () => {
    const a = [snap('2026-11-01', 10, 1), snap('2026-11-03', 9, 3)];
    const b = [snap('2026-11-01', 8, 7), snap('2026-11-02', 9, 2)];
    expect(mergeSnapshots(a, b).merged).toEqual(mergeSnapshots(b, a).merged);
  });
});

describe('checkHistoryFile', () => {
  it('reads an exported file back', () => {
    const text = JSON.stringify(historyFile(TENANT, [snap('2026-11-01')], Date.now()));
    expect(checkHistoryFile(text, TENANT)).toEqual({
      ok: true,
      snapshots: [snap('2026-11-01')],
      skipped: [],
    });
  });

  it.each([
    ['not JSON', '{"format":', 'The file is not JSON.'],
    ['JSON of another shape', '[1,2,3]', 'The file is not an adoption-history export.'],
    ['another format', JSON.stringify({ format: 'x' }), 'The file is not an adoption-history export.'],
    ['another version', fileOf([], { version: 9 }), "The file's version (9) is not one this app reads."],
    [
      'another tenant',
      fileOf([], { tenantId: '00000000-0000-0000-0000-000000000000' }),
      'The file is the history of another tenant.',
    ],
    ['no list', fileOf([], { snapshots: 'all of them' }), 'The file has no snapshot list.'],
  ])('refuses %s as a whole', (_name, text, reason) => {
    expect(checkHistoryFile(text, TENANT)).toEqual({ ok: false, reason });
  });

  it('skips bad snapshots with the reason and takes the rest', () => {
    const text = fileOf([
      snap('2026-11-01'),
      { ...snap('2026-11-02'), sections: { features: { total: 'NaN' } } },
      { ...snap('2026-11-03'), tenantId: '00000000-0000-0000-0000-000000000000' },
      snap('2026-11-01', 7),
      'junk',
    ]);
    const check = checkHistoryFile(text, TENANT);
    if (!check.ok) throw new Error('refused');
    expect(check.snapshots.map((s) => s.day)).toEqual(['2026-11-01']);
    expect(check.skipped).toEqual([
      { index: 1, day: '2026-11-02', reason: 'features.total is not a count' },
      { index: 2, day: '2026-11-03', reason: 'for another tenant' },
      { index: 3, day: '2026-11-01', reason: 'a second snapshot for this day' },
      { index: 4, day: undefined, reason: 'not an object' },
    ]);
  });

  it('plans an import: what to write and what to report', () => {
    const check = checkHistoryFile(fileOf([snap('2026-11-01', 8), snap('2026-11-02')]), TENANT);
    if (!check.ok) throw new Error('refused');
    const { write, outcome } = planImport([snap('2026-11-02', 7)], check);
    expect(write.map((s) => s.day)).toEqual(['2026-11-01']);
    expect(outcome).toEqual({ added: 1, replaced: 0, alreadyHad: 1, skipped: [] });
  });
});
