// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { findPrivilegedAdmins } from '../../../domain/posture/privileged-coverage.ts';
import { summarizeSmsVoiceRetirement } from '../../../domain/posture/sms-voice/retirement-summary.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { ROLE_TEMPLATE } from '../../../../entra-facts/role-templates.ts';
import { AdminsCard } from './admins-card.tsx';
import { CohortUsersCard } from './cohort-users-card.tsx';
import { EligibilityNotice } from './eligibility-notice.tsx';
import { UnrecognisedMethods } from './unrecognised-methods.tsx';

const wrap = (ui: ReactNode) => render(<MemoryRouter>{ui}</MemoryRouter>);
// The policy unread: outcomes by registered methods alone.
const summarizeRetirement = (rows: RegistrationScanRow[]) =>
  summarizeSmsVoiceRetirement(rows, {
    policy: undefined,
    groupMembers: new Map(),
    activeRoles: new Map(),
    eligibleRoles: new Map(),
    tenantDomains: [],
  });

afterEach(cleanup);

describe('posture lens states', () => {
  it('an empty cohort says why it is empty and offers no empty export', () => {
    const summary = summarizeRetirement([
      { id: 'a', userPrincipalName: 'a@x', methodsRegistered: ['mobilePhone'] },
    ]);
    wrap(<CohortUsersCard cohort="passkeyReady" summary={summary} />);
    expect(screen.getByText('Nobody is in this cohort')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Export Passkey-ready/ }).hasAttribute('disabled')).toBe(true);
  });

  it('a cohort lists its users, each linking to the user page', () => {
    const summary = summarizeRetirement([
      { id: 'a', userDisplayName: 'Ann', userPrincipalName: 'a@x', methodsRegistered: ['mobilePhone'] },
      { id: 'b', userDisplayName: 'Bo', userPrincipalName: 'b@x', methodsRegistered: ['passKeySynced'] },
    ]);
    wrap(<CohortUsersCard cohort="mustRegisterPasskey" summary={summary} />);
    const table = screen.getByTestId('cohort-table');
    expect(within(table).getByRole('link', { name: 'Ann' }).getAttribute('href')).toBe('/users/a');
    expect(within(table).queryByText('Bo')).toBeNull();
  });

  it('lists unknown method strings with their users instead of dropping them', () => {
    wrap(
      <UnrecognisedMethods methods={[{ method: 'qrCodePin', users: 3 }]} counted="never counted as strong" />,
    );
    expect(screen.getByTestId('unrecognised-methods').textContent).toContain('“qrCodePin” (3 users)');
  });

  it('explains a missing PIM licence and keeps the code for support', () => {
    const error = new GraphError({
      status: 400,
      code: 'AadPremiumLicenseRequired',
      message: 'x',
      requestId: 'r-1',
    });
    wrap(<EligibilityNotice error={error} />);
    const notice = screen.getByTestId('eligibility-unreadable');
    expect(notice.textContent).toContain('P2');
    expect(notice.textContent).toContain('AadPremiumLicenseRequired');
    expect(notice.textContent).toContain('request-id r-1');
  });

  it('marks eligible-only admins and admins whose roles Graph withheld', () => {
    const admins = findPrivilegedAdmins(
      [
        { id: 'e', userDisplayName: 'Eli', methodsRegistered: ['email'], isAdmin: false },
        { id: 'u', userDisplayName: 'Uma', methodsRegistered: ['email'], isAdmin: true },
      ],
      { eligible: new Map([['e', [ROLE_TEMPLATE.globalAdministrator]]]) },
    );
    wrap(
      <AdminsCard admins={admins} selection={{ tier: 'all', strength: 'all' }} unreadable={new Set(['u'])} />,
    );
    expect(screen.getByText('Eligible only')).toBeTruthy();
    expect(screen.getByText('Global Administrator (eligible)')).toBeTruthy();
    expect(screen.getByText('Roles not readable')).toBeTruthy();
  });
});
