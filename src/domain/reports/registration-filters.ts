import {
  isStrengthClass,
  PHISHING_RESISTANT_METHODS,
  STRONG_METHODS,
  WEAK_METHODS,
} from '../auth-methods/method-strength.ts';
import { type StrengthClass } from '../../../entra-facts/strength-classes.ts';

/**
 * The registration list's filters: one state object that round-trips through the URL (so a filtered
 * list is a shareable link) and becomes Graph's `$filter` / `$orderby` (docs/graph-notes.md §3.1).
 */

/** Boolean report properties the list filters on, with their short URL names and labels. */
export const FEATURE_FILTERS = [
  { param: 'mfaCapable', property: 'isMfaCapable', label: 'MFA capable' },
  { param: 'mfaRegistered', property: 'isMfaRegistered', label: 'MFA registered' },
  { param: 'passwordlessCapable', property: 'isPasswordlessCapable', label: 'Passwordless capable' },
  { param: 'ssprCapable', property: 'isSsprCapable', label: 'SSPR capable' },
  { param: 'ssprRegistered', property: 'isSsprRegistered', label: 'SSPR registered' },
  { param: 'ssprEnabled', property: 'isSsprEnabled', label: 'SSPR enabled' },
  {
    param: 'systemPreferred',
    property: 'isSystemPreferredAuthenticationMethodEnabled',
    label: 'System-preferred MFA',
  },
] as const;

export type FeatureParam = (typeof FEATURE_FILTERS)[number]['param'];
export type UserTypeFilter = 'member' | 'guest';
export type SortField = 'userDisplayName' | 'userPrincipalName';
export interface SortState {
  field: SortField;
  direction: 'asc' | 'desc';
}

export interface RegistrationFilters {
  /** Starts-with text on display name or UPN. */
  search: string;
  userType?: UserTypeFilter;
  admin?: boolean;
  features: Partial<Record<FeatureParam, boolean>>;
  /** A methodsRegistered string, e.g. `mobilePhone`. */
  method?: string;
  /** The user's strongest registered method class (the Overview's strength groups). */
  strength?: StrengthClass;
  sort?: SortState;
}

export const NO_FILTERS: RegistrationFilters = { search: '', features: {} };

const SORT_FIELDS: readonly SortField[] = ['userDisplayName', 'userPrincipalName'];

function readBoolean(value: string | null): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

/** Anything unrecognised in the URL is ignored rather than sent to Graph. */
export function filtersFromSearchParams(params: URLSearchParams): RegistrationFilters {
  const features: RegistrationFilters['features'] = {};
  for (const { param } of FEATURE_FILTERS) {
    const value = readBoolean(params.get(param));
    if (value !== undefined) features[param] = value;
  }
  const userType = params.get('userType');
  const sortField = params.get('sort') as SortField | null;
  const method = params.get('method')?.trim();
  const strength = params.get('strength');
  return {
    search: params.get('q') ?? '',
    userType: userType === 'member' || userType === 'guest' ? userType : undefined,
    admin: readBoolean(params.get('admin')),
    features,
    method: method || undefined,
    strength: isStrengthClass(strength) ? strength : undefined,
    sort:
      sortField && SORT_FIELDS.includes(sortField)
        ? { field: sortField, direction: params.get('dir') === 'desc' ? 'desc' : 'asc' }
        : undefined,
  };
}

/** Only what is set goes into the URL, in a stable order. */
export function filtersToSearchParams(filters: RegistrationFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set('q', filters.search.trim());
  if (filters.userType) params.set('userType', filters.userType);
  if (filters.admin !== undefined) params.set('admin', String(filters.admin));
  for (const { param } of FEATURE_FILTERS) {
    const value = filters.features[param];
    if (value !== undefined) params.set(param, String(value));
  }
  if (filters.method) params.set('method', filters.method);
  if (filters.strength) params.set('strength', filters.strength);
  if (filters.sort) {
    params.set('sort', filters.sort.field);
    if (filters.sort.direction === 'desc') params.set('dir', 'desc');
  }
  return params;
}

/** An OData string literal: single quotes doubled (`O'Brien` → `'O''Brien'`). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Graph's `$filter`, clauses joined with `and`. The search is one `or` of two startswith clauses, so a
 * name or a UPN both match (the emulator accepts `or` here; Graph's docs leave it unconfirmed).
 */
export function graphFilter(filters: RegistrationFilters): string | undefined {
  const clauses: string[] = [];
  const search = filters.search.trim();
  if (search) {
    const literal = odataString(search);
    clauses.push(`(startswith(userDisplayName,${literal}) or startswith(userPrincipalName,${literal}))`);
  }
  if (filters.userType) clauses.push(`userType eq ${odataString(filters.userType)}`);
  if (filters.admin !== undefined) clauses.push(`isAdmin eq ${filters.admin}`);
  for (const { param, property } of FEATURE_FILTERS) {
    const value = filters.features[param];
    if (value !== undefined) clauses.push(`${property} eq ${value}`);
  }
  if (filters.method) clauses.push(`methodsRegistered/any(x:x eq ${odataString(filters.method)})`);
  if (filters.strength) clauses.push(strengthFilter(filters.strength));
  return clauses.length ? clauses.join(' and ') : undefined;
}

/** `methodsRegistered/any(x: x eq 'a' or x eq 'b')`: true when the user has any of the methods. */
function anyOf(methods: readonly string[]): string {
  return `methodsRegistered/any(x: ${methods.map((m) => `x eq ${odataString(m)}`).join(' or ')})`;
}

/**
 * A strength class as Graph's `$filter`: has a method of the class and none of a stronger one, so the
 * list shows exactly the users the Overview counts in that group (lib/method-strength.ts).
 */
export function strengthFilter(strength: StrengthClass): string {
  switch (strength) {
    case 'phishingResistant':
      return anyOf(PHISHING_RESISTANT_METHODS);
    case 'strong':
      return `(${anyOf(STRONG_METHODS)} and not ${anyOf(PHISHING_RESISTANT_METHODS)})`;
    case 'weakOnly':
      return `(${anyOf(WEAK_METHODS)} and not ${anyOf([...PHISHING_RESISTANT_METHODS, ...STRONG_METHODS])})`;
    case 'none':
      return `not ${anyOf([...PHISHING_RESISTANT_METHODS, ...STRONG_METHODS, ...WEAK_METHODS])}`;
  }
}

export function graphOrderBy(sort: SortState | undefined): string | undefined {
  if (!sort) return undefined;
  return sort.direction === 'desc' ? `${sort.field} desc` : sort.field;
}

/** How many filters narrow the list (sorting does not count). */
export function activeFilterCount(filters: RegistrationFilters): number {
  return (
    (filters.search.trim() ? 1 : 0) +
    (filters.userType ? 1 : 0) +
    (filters.admin !== undefined ? 1 : 0) +
    Object.values(filters.features).filter((v) => v !== undefined).length +
    (filters.method ? 1 : 0) +
    (filters.strength ? 1 : 0)
  );
}
