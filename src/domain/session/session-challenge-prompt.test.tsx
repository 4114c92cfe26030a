// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSessionChallenge, reportSessionChallenge } from '../../lib/auth/session-challenge.ts';
import { GraphError } from '../../lib/graph/graph-error.ts';
import { graphKeys } from '../../lib/graph/query-keys.ts';
import { GraphErrorAlert } from './graph-error-alert.tsx';
import { SessionChallengePrompt } from './session-challenge-prompt.tsx';

const GRAPH = 'https://graph.microsoft.com';
// Without MSAL the roles cannot be read: the query fails at once, and the prompt treats the roles as unknown.
const unknownRoles = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
const withClient = (ui: React.ReactNode, client = unknownRoles()) =>
  render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);

/** A query client that already knows the operator's roles, as the shell's account menu has read them. */
function knowingRoles(...templateIds: string[]) {
  const client = new QueryClient();
  client.setQueryData(
    graphKeys.myDirectoryRoles(),
    templateIds.map((templateId) => ({ templateId, name: templateId })),
  );
  return client;
}
const AUTHENTICATION_ADMINISTRATOR = 'c4e39bd9-1100-46d3-8c65-fb160da0071f';
const CLOUD_APPLICATION_ADMINISTRATOR = '158c047a-c907-4556-b7ef-446551a6b5f7';

afterEach(() => {
  cleanup();
  act(() => clearSessionChallenge());
});

describe('SessionChallengePrompt', () => {
  it('asks to grant the named permission when consent is missing and the roles are unknown', async () => {
    withClient(<SessionChallengePrompt />);
    act(() =>
      reportSessionChallenge({
        scopes: [`${GRAPH}/AuditLog.Read.All`],
        consentFor: [`${GRAPH}/AuditLog.Read.All`],
      }),
    );
    expect(await screen.findByRole('button', { name: 'Grant access' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Microsoft Graph needs AuditLog.Read.All');
  });

  // Entra would only answer "Need admin approval" (AADSTS90094): no popup that dead-ends.
  // A popup offered, then replaced by the link once the roles arrive, would mislead (and did, in a test).
  it('shows a missing consent only once the roles are known or unknowable', () => {
    withClient(<SessionChallengePrompt />, new QueryClient());
    act(() => reportSessionChallenge({ scopes: ['AuditLog.Read.All'], consentFor: ['AuditLog.Read.All'] }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks an operator who cannot consent to send an administrator the link, and offers no popup', () => {
    withClient(<SessionChallengePrompt />, knowingRoles(AUTHENTICATION_ADMINISTRATOR));
    act(() => reportSessionChallenge({ scopes: ['AuditLog.Read.All'], consentFor: ['AuditLog.Read.All'] }));
    expect(screen.getByRole('alert')).toHaveTextContent('An administrator must grant AuditLog.Read.All');
    expect(screen.getByRole('alert')).toHaveTextContent('Cloud Application or Application Administrator');
    expect(screen.getByRole('button', { name: 'Check again' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Grant access' })).not.toBeInTheDocument();
  });

  it('lets an operator who may consent for the organisation grant it in the popup', () => {
    withClient(<SessionChallengePrompt />, knowingRoles(CLOUD_APPLICATION_ADMINISTRATOR));
    act(() => reportSessionChallenge({ scopes: ['AuditLog.Read.All'], consentFor: ['AuditLog.Read.All'] }));
    expect(screen.getByRole('button', { name: 'Grant access' })).toBeInTheDocument();
  });

  it('asks to sign in again for a claims challenge', () => {
    withClient(<SessionChallengePrompt />);
    act(() => reportSessionChallenge({ scopes: [`${GRAPH}/User.Read`], claims: '{}' }));
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Your session was revoked');
  });
});

describe('GraphErrorAlert and the prompt', () => {
  const refusal = new GraphError({ status: 403, code: 'Authorization_RequestDenied', message: 'No' });

  it('repeats the prompt inside a dialog, where the shell cannot be reached', async () => {
    act(() => reportSessionChallenge({ scopes: ['s'], consentFor: ['s'] }));
    withClient(
      <div role="dialog">
        <GraphErrorAlert error={refusal} />
      </div>,
    );
    expect(await screen.findByRole('button', { name: 'Grant access' })).toBeInTheDocument();
  });

  it('leaves it to the shell on a page, so several failed sections do not repeat it', async () => {
    act(() => reportSessionChallenge({ scopes: ['s'], consentFor: ['s'] }));
    withClient(<GraphErrorAlert error={refusal} />);
    await screen.findByText('You do not have access to this data');
    expect(screen.queryByRole('button', { name: 'Grant access' })).not.toBeInTheDocument();
  });
});
