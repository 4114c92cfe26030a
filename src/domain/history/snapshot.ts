import { normaliseExclusions, type Exclusions } from '../scope/exclusions.ts';

export const SNAPSHOT_VERSION = 1;

/**
 * One day's adoption figures for one tenant. `sections` are named records of counts, so a lens adds its
 * own (`retirement`, `privileged`, ...) without a schema change: `features`, `methods`, `strength`,
 * `strengthAdmins` come from the Overview. Every figure is a count of users, never a share.
 */
export interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  tenantId: string;
  /** UTC day, YYYY-MM-DD: one snapshot per tenant and day. */
  day: string;
  /** When it was taken (ISO); on the same day as `day`. */
  takenAt: string;
  /** Who was left out of the figures, and why. */
  exclusions: Exclusions;
  sections: Record<string, Record<string, number>>;
}

export const MAX_SECTIONS = 32;
export const MAX_FIGURES_PER_SECTION = 200;
export const MAX_FIGURE = 1e9;
const SECTION_NAME = /^[a-z][A-Za-z0-9]{0,39}$/;
// Graph's enum spellings and feature names; nothing that could be a prototype key or markup.
const FIGURE_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,79}$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TENANT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function dayOf(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

export function isValidDay(day: unknown): day is string {
  if (typeof day !== 'string' || !DAY.test(day)) return false;
  const at = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(at) && dayOf(at) === day;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why a value is not a snapshot (first problem found), or the snapshot itself, rebuilt from known fields only. */
export function parseSnapshot(raw: unknown): { snapshot: Snapshot } | { problem: string } {
  if (!isRecord(raw)) return { problem: 'not an object' };
  if (raw.version !== SNAPSHOT_VERSION) return { problem: `unsupported version ${String(raw.version)}` };
  if (typeof raw.tenantId !== 'string' || !TENANT.test(raw.tenantId))
    return { problem: 'tenantId is not a GUID' };
  if (!isValidDay(raw.day)) return { problem: 'day is not a YYYY-MM-DD date' };
  const taken = typeof raw.takenAt === 'string' ? Date.parse(raw.takenAt) : NaN;
  if (!Number.isFinite(taken)) return { problem: 'takenAt is not a date-time' };
  if (dayOf(taken) !== raw.day) return { problem: `takenAt is not on ${raw.day}` };
  const exclusions = parseExclusions(raw.exclusions);
  if (!exclusions) return { problem: 'exclusions are malformed' };
  if (!isRecord(raw.sections)) return { problem: 'sections missing' };
  const entries = Object.entries(raw.sections);
  if (entries.length === 0 || entries.length > MAX_SECTIONS) return { problem: 'wrong number of sections' };
  const sections: Record<string, Record<string, number>> = {};
  for (const [name, figures] of entries) {
    if (!SECTION_NAME.test(name) || FORBIDDEN.has(name)) return { problem: 'a section name is invalid' };
    if (!isRecord(figures)) return { problem: `section ${name} is not a record` };
    const pairs = Object.entries(figures);
    if (pairs.length > MAX_FIGURES_PER_SECTION) return { problem: `section ${name} has too many figures` };
    const section: Record<string, number> = {};
    for (const [key, value] of pairs) {
      if (!FIGURE_NAME.test(key) || FORBIDDEN.has(key))
        return { problem: `section ${name} has an invalid name` };
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_FIGURE)
        return { problem: `${name}.${key} is not a count` };
      section[key] = value;
    }
    sections[name] = section;
  }
  return {
    snapshot: {
      version: SNAPSHOT_VERSION,
      tenantId: raw.tenantId.toLowerCase(),
      day: raw.day,
      takenAt: new Date(taken).toISOString(),
      exclusions,
      sections,
    },
  };
}

/** Strict: an exclusion list that loses entries on normalising was not written by this app. */
function parseExclusions(raw: unknown): Exclusions | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.accounts)) return undefined;
  const accounts = raw.accounts.filter(isRecord);
  if (accounts.length !== raw.accounts.length) return undefined;
  const guests = isRecord(raw.guests) ? raw.guests.reason : undefined;
  const disabled = isRecord(raw.disabled) ? raw.disabled.reason : undefined;
  const result = normaliseExclusions({ guests, disabled, accounts });
  const lost =
    result.accounts.length !== accounts.length ||
    (raw.guests !== undefined && !result.guests) ||
    (raw.disabled !== undefined && !result.disabled);
  return lost ? undefined : result;
}
