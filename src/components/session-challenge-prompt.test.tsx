// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSessionChallenge, reportSessionChallenge } from '../lib/auth/session-challenge.ts';
import { GraphError } from '../lib/graph/graph-error.ts';
import { GraphErrorAlert } from './graph-error-alert.tsx';
import { SessionChallengePrompt } from './session-challenge-prompt.tsx';

const GRAPH = 'https://graph.microsoft.com';
const withClient = (ui: React.ReactNode) =>
  render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);

afterEach(() => {
  cleanup();
  act(() => clearSessionChallenge());
});

describe('SessionChallengePrompt', () => {
  it('asks to grant the named permission when consent is missing', () => {
    withClient(<SessionChallengePrompt />);
    act(() =>
      reportSessionChallenge({
        scopes: [`${GRAPH}/AuditLog.Read.All`],
        consentFor: [`${GRAPH}/AuditLog.Read.All`],
      }),
    );
    expect(screen.getByRole('button', { name: 'Grant access' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Microsoft Graph needs AuditLog.Read.All');
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

  it('repeats the prompt inside a dialog, where the shell cannot be reached', () => {
    act(() => reportSessionChallenge({ scopes: ['s'], consentFor: ['s'] }));
    withClient(
      <div role="dialog">
        <GraphErrorAlert error={refusal} />
      </div>,
    );
    expect(screen.getByRole('button', { name: 'Grant access' })).toBeInTheDocument();
  });

  it('leaves it to the shell on a page, so several failed sections do not repeat it', () => {
    act(() => reportSessionChallenge({ scopes: ['s'], consentFor: ['s'] }));
    withClient(<GraphErrorAlert error={refusal} />);
    expect(screen.queryByRole('button', { name: 'Grant access' })).not.toBeInTheDocument();
  });
});
