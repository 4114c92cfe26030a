// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditEventRow } from './audit-event-row.tsx';
import type { SecurityInfoEvent } from './security-info-event.ts';

const show = (event: SecurityInfoEvent) =>
  render(
    <MemoryRouter>
      <ul>
        <AuditEventRow event={event} showTarget />
      </ul>
    </MemoryRouter>,
  );

afterEach(cleanup);

describe('AuditEventRow', () => {
  it('shows hostile names as text and links the target user by id', () => {
    const { container } = show({
      id: '1',
      activityDisplayName: 'Admin deleted security info',
      activityDateTime: '2026-12-01T10:00:00Z',
      result: 'success',
      resultReason: '<img src=x onerror=alert(1)>',
      initiatedBy: {
        user: {
          displayName: '=HYPERLINK("x")',
          userPrincipalName: 'evil@contoso.com',
          ipAddress: '203.0.113.9',
        },
      },
      targetResources: [
        {
          id: 'u-1',
          displayName: '<script>alert(1)</script>',
          type: 'User',
          userPrincipalName: 'v@contoso.com',
        },
      ],
    });
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.getByRole('link', { name: '<script>alert(1)</script>' }).getAttribute('href')).toBe(
      '/users/u-1',
    );
    expect(screen.getByTestId('security-info-initiator').textContent).toBe(
      'By =HYPERLINK("x") (evil@contoso.com), from 203.0.113.9',
    );
  });

  it('shows the client as one inert line, cut when long, whole in its title, and nothing when Graph gives none', () => {
    const agent = `<svg onload=alert(1)>\u0007Mozilla/5.0\r\n  (X11)${'x'.repeat(300)}`;
    const { container } = show({
      id: '3',
      activityDisplayName: 'User registered security info',
      activityDateTime: '2026-12-01T10:00:00Z',
      userAgent: agent,
    });
    expect(container.querySelector('svg')).toBeNull();
    const client = screen.getByTestId('security-info-client');
    expect(client.textContent).toMatch(/^Client: <svg onload=alert\(1\)> Mozilla\/5\.0 \(X11\)x+…$/);
    expect(client.textContent!.length).toBe('Client: '.length + 160);
    expect(client.getAttribute('title')).toBe(`<svg onload=alert(1)> Mozilla/5.0 (X11)${'x'.repeat(300)}`);
    cleanup();
    show({ id: '4', activityDisplayName: 'x', userAgent: ' \u0000 ' });
    expect(screen.queryByTestId('security-info-client')).toBeNull();
  });

  it('says what is missing instead of guessing: no initiator, an app, a deleted target, a date that does not parse', () => {
    show({
      id: '2',
      // Graph's type says a string; a row without one must still show.
      activityDisplayName: null as unknown as string,
      activityDateTime: 'yesterday-ish',
      result: 'failure',
      resultReason: null,
      initiatedBy: { app: { appId: 'a-1', displayName: null } },
      targetResources: [{ id: null, displayName: 'Gone User', type: 'User' }],
    });
    expect(screen.getByText('Unnamed activity')).toBeTruthy();
    expect(screen.getByText('failure')).toBeTruthy();
    expect(screen.getByText('—')).toBeTruthy();
    expect(screen.getByTestId('security-info-initiator').textContent).toBe('By App a-1');
    expect(screen.getByTestId('audit-event-target').textContent).toBe('To: Gone User');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('names no one when Graph names no one', () => {
    show({
      id: '3',
      activityDisplayName: 'User registered security info',
      initiatedBy: {},
      targetResources: [],
    });
    expect(screen.getByTestId('security-info-initiator').textContent).toBe('By Unknown initiator');
    expect(screen.getByText('To: no user named in the event')).toBeTruthy();
  });
});
