import { AUTH_METHODS_SERVICE } from '../../../domain/audit/security-info-event.ts';

/** What the operator narrows the method changes to; every field is one clause Graph evaluates. */
export interface ChangeFilters {
  /** An `activityDisplayName`, exactly. */
  activity: string;
  /** The start of the initiator's sign-in name. */
  initiator: string;
  /** The target user: an object id, a sign-in name (resolved to an id first), or the start of a name. */
  target: string;
  /** Local calendar days, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  result: '' | 'success' | 'failure';
}

export const NO_CHANGE_FILTERS: ChangeFilters = {
  activity: '',
  initiator: '',
  target: '',
  from: '',
  to: '',
  result: '',
};

const KEYS = Object.keys(NO_CHANGE_FILTERS) as (keyof ChangeFilters)[];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isObjectId = (value: string) => GUID.test(value.trim());
/** A sign-in name: Graph's audit filter does not take one for the target, so it is looked up first. */
export const isSignInName = (value: string) => !isObjectId(value) && value.includes('@');

/** The filters a link or the address bar carries; anything unrecognised is dropped, not guessed at. */
export function changeFiltersFrom(params: URLSearchParams): ChangeFilters {
  const read = (key: keyof ChangeFilters) => (params.get(key) ?? '').trim().slice(0, 256);
  const result = read('result');
  const day = (key: 'from' | 'to') => (DAY.test(read(key)) && localDay(read(key)) ? read(key) : '');
  return {
    activity: read('activity'),
    initiator: read('initiator'),
    target: read('target'),
    from: day('from'),
    to: day('to'),
    result: result === 'success' || result === 'failure' ? result : '',
  };
}

export function changeFiltersToParams(filters: ChangeFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filters[key]) params.set(key, filters[key]);
  return params;
}

export const hasChangeFilters = (filters: ChangeFilters) => KEYS.some((key) => filters[key] !== '');

/** Local midnight of a `YYYY-MM-DD` day, or undefined for a day that does not exist. */
export function localDay(day: string): Date | undefined {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y!, m! - 1, d!);
  return date.getFullYear() === y && date.getMonth() === m! - 1 && date.getDate() === d ? date : undefined;
}

/** An OData string literal: quotes doubled, so a typed value can never end the literal. */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The `$filter` for these filters, always on the Authentication Methods service (docs/graph-notes.md §12.1:
 * the documented operators only, joined by `and`). `targetId` is the sign-in name's object id once looked up.
 */
export function changesFilter(filters: ChangeFilters, targetId?: string): string {
  const clauses = [`loggedByService eq ${literal(AUTH_METHODS_SERVICE)}`];
  if (filters.activity) clauses.push(`activityDisplayName eq ${literal(filters.activity)}`);
  if (filters.initiator)
    clauses.push(`startswith(initiatedBy/user/userPrincipalName,${literal(filters.initiator)})`);
  const target = filters.target.trim();
  const id = targetId ?? (isObjectId(target) ? target.toLowerCase() : undefined);
  if (id) clauses.push(`targetResources/any(t:t/id eq ${literal(id)})`);
  else if (target) clauses.push(`targetResources/any(t:startswith(t/displayName,${literal(target)}))`);
  const from = filters.from && localDay(filters.from);
  if (from) clauses.push(`activityDateTime ge ${from.toISOString()}`);
  const to = filters.to && localDay(filters.to);
  if (to) clauses.push(`activityDateTime le ${new Date(to.getTime() + 86_400_000 - 1).toISOString()}`);
  if (filters.result) clauses.push(`result eq ${literal(filters.result)}`);
  return clauses.join(' and ');
}
