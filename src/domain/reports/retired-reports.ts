import { GraphError } from '../../lib/graph/graph-error.ts';

/**
 * The credential reports the product started from, all beta and all retired (docs/graph-notes.md §3.10). Dates are
 * Microsoft's, quoted from the beta reference pages (microsoft-graph-docs-contrib); the app never asks these
 * reports for its numbers, only when an operator opens their panel.
 */
export interface RetiredReport {
  name:
    | 'getCredentialUsageSummary'
    | 'userCredentialUsageDetails'
    | 'credentialUserRegistrationDetails'
    | 'getCredentialUserRegistrationCount';
  /** The beta path asked when the panel opens. */
  path: string;
  /** What the report showed, in a sentence. */
  shows: string;
  /** When Microsoft says it stopped returning data (ISO date), or null where its page gives no date. */
  stoppedOn: string | null;
  /** The page that says so. */
  source: string;
  replacement: string;
  /** The row property that dates a row, to tell stale rows from current ones. */
  dateField?: string;
}

export const RETIRED_REPORTS: readonly RetiredReport[] = [
  {
    name: 'getCredentialUsageSummary',
    path: "/reports/getCredentialUsageSummary(period='D30')",
    shows:
      'Self-service password reset registrations and resets per method over 1, 7 or 30 days, with successes and failures.',
    stoppedOn: '2025-08-01',
    source: 'beta/resources/credentialusagesummary.md',
    replacement: 'userRegistrationActivity',
  },
  {
    name: 'userCredentialUsageDetails',
    path: '/reports/userCredentialUsageDetails',
    shows: 'Each self-service password reset registration or reset: who, which method, and why it failed.',
    stoppedOn: '2025-08-01',
    source: 'beta/resources/usercredentialusagedetails.md',
    replacement: 'userEventsSummary',
    dateField: 'eventDateTime',
  },
  {
    name: 'credentialUserRegistrationDetails',
    path: '/reports/credentialUserRegistrationDetails',
    shows:
      "Each user's registration for self-service password reset and MFA, and the methods they registered.",
    stoppedOn: '2024-06-30',
    source: 'beta/api/reportroot-list-credentialuserregistrationdetails.md',
    replacement: 'userRegistrationDetails',
  },
  {
    name: 'getCredentialUserRegistrationCount',
    path: '/reports/getCredentialUserRegistrationCount',
    shows:
      'How many enabled users were registered for, enabled for and capable of self-service password reset and MFA.',
    stoppedOn: null,
    source: 'beta/resources/credentialuserregistrationcount.md',
    replacement: 'usersRegisteredByFeature',
  },
];

/** What Graph answered when asked for a retired report: every form a retirement may take. */
export type RetiredAnswer =
  /** Graph no longer knows the path: 400 "Resource not found for the segment '…'". */
  | { form: 'segmentNotFound'; message: string }
  | { form: 'notFound'; message: string }
  | { form: 'empty' }
  /** Rows, all dated before the data stopped. */
  | { form: 'stale'; rows: number; newest: string }
  /** Rows Graph still serves (undated, or dated after the stop). */
  | { form: 'served'; rows: number; newest: string | undefined };

const SEGMENT_NOT_FOUND = /resource not found for the segment/i;

/** A failure that means "retired", or undefined for any other (an access problem is reported as such). */
export function retiredFormOfError(error: unknown): RetiredAnswer | undefined {
  if (!(error instanceof GraphError)) return undefined;
  if (error.status === 400 && SEGMENT_NOT_FOUND.test(error.message))
    return { form: 'segmentNotFound', message: error.message };
  if (error.status === 404) return { form: 'notFound', message: error.message };
  return undefined;
}

/** What a 200 means: no rows, rows from before the stop, or rows still served. */
export function retiredFormOfRows(
  report: RetiredReport,
  rows: readonly Record<string, unknown>[],
): RetiredAnswer {
  if (rows.length === 0) return { form: 'empty' };
  const dates = report.dateField
    ? rows.map((r) => r[report.dateField!]).filter((d): d is string => typeof d === 'string')
    : [];
  const newest = dates.sort().at(-1);
  if (newest && report.stoppedOn && newest < report.stoppedOn)
    return { form: 'stale', rows: rows.length, newest };
  return { form: 'served', rows: rows.length, newest };
}
