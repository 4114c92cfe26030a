import { GraphError } from '../../lib/graph/graph-error.ts';
import { classifyMethods } from '../auth-methods/method-strength.ts';
import { graphFilter, odataString, type RegistrationFilters } from './registration-filters.ts';

/**
 * The registration report documents `eq`, `startsWith` and `any` with `eq` in `$filter` (v1.0
 * resources/userregistrationdetails.md), not `or` or `not`. The search (a name OR a UPN) and the strength classes
 * need them. Where Graph refuses them, those two filters are applied in the browser to the rows Graph returns
 * for the rest, and the page says so.
 */

/** Row fields the browser-side filters read. */
export interface FilterableRow {
  userDisplayName?: string | null;
  userPrincipalName?: string | null;
  methodsRegistered?: (string | null)[] | null;
}

let refusedThisSession = false;

/** Whether Graph has refused `or` / `not` once: later lists go straight to the browser-side filter. */
export const filterLogicRefused = () => refusedThisSession;

/** Filters that need `or` or `not` in Graph's syntax. */
export const needsFilterLogic = (filters: RegistrationFilters) =>
  Boolean(filters.search.trim()) || filters.strength !== undefined;

/** A 400 for a filter that used `or` / `not`: remembered for the session. */
export function isFilterLogicRefusal(error: unknown, filters: RegistrationFilters): boolean {
  const refused = error instanceof GraphError && error.status === 400 && needsFilterLogic(filters);
  if (refused) refusedThisSession = true;
  return refused;
}

/**
 * What Graph is still asked: the filters it documents, once per side of the search (a name, then a UPN), so a
 * search in a large tenant reads its matches, not the whole report. The strength class is left to the browser.
 */
export function serverFilters(filters: RegistrationFilters): (string | undefined)[] {
  const rest = graphFilter({ ...filters, search: '', strength: undefined });
  const search = filters.search.trim();
  if (!search) return [rest];
  const literal = odataString(search);
  const and = (clause: string) => (rest ? `${clause} and ${rest}` : clause);
  return [and(`startswith(userDisplayName,${literal})`), and(`startswith(userPrincipalName,${literal})`)];
}

/** Rows of several reads, each once (by id), in the order first seen. */
export function uniqueRows<T extends { id?: string | null }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  return lists.flat().filter((row) => {
    const key = row.id ?? '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The search and strength class, as Graph would apply them (startsWith ignores case). */
export function browserFilter(filters: RegistrationFilters): (row: FilterableRow) => boolean {
  const search = filters.search.trim().toLowerCase();
  return (row) =>
    (!search ||
      (row.userDisplayName ?? '').toLowerCase().startsWith(search) ||
      (row.userPrincipalName ?? '').toLowerCase().startsWith(search)) &&
    (filters.strength === undefined || classifyMethods(row.methodsRegistered).strength === filters.strength);
}

/** Reset between tests. */
export function forgetFilterLogicRefusal(): void {
  refusedThisSession = false;
}
