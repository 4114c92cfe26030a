import { csvLine } from '../../../lib/csv.ts';
import { DEADLINE_LABEL } from '../../../domain/posture/sms-voice/retirement-dates.ts';
import { OUTCOME_LABEL } from '../../../domain/posture/sms-voice/retirement-outcome.ts';
import type { RetirementUser } from '../../../domain/posture/sms-voice/retirement-summary.ts';

const HEADER = [
  'userPrincipalName',
  'displayName',
  'retirementDate',
  'outcome',
  'mobilePhone',
  'alternateMobilePhone',
  'officePhone',
  'note',
];

/**
 * One user a line: UPN first (a group's bulk-add import takes that column), name, their date, what happens to
 * them, which phone types they registered (yes / no), and the reason behind an uncertain date. Formula starts
 * are neutralised like every export (csvLine).
 */
export function retirementCsv(users: readonly RetirementUser[]): string {
  const yes = (registered: readonly (string | null)[] | null | undefined, type: string) =>
    registered?.includes(type) ? 'yes' : 'no';
  return (
    csvLine(HEADER) +
    users
      .filter((u) => u.row.userPrincipalName)
      .map(({ row, outcome, deadline }) =>
        csvLine([
          row.userPrincipalName ?? '',
          row.userDisplayName ?? '',
          outcome.outcome === 'notInScope' || outcome.outcome === 'scopeUnknown'
            ? ''
            : DEADLINE_LABEL[deadline.deadline],
          OUTCOME_LABEL[outcome.outcome],
          yes(row.methodsRegistered, 'mobilePhone'),
          yes(row.methodsRegistered, 'alternateMobilePhone'),
          yes(row.methodsRegistered, 'officePhone'),
          deadline.note ?? '',
        ]),
      )
      .join('')
  );
}
