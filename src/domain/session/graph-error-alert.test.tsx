// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GraphError } from '../../lib/graph/graph-error.ts';
import { GraphErrorAlert } from './graph-error-alert.tsx';

describe('GraphErrorAlert', () => {
  it('explains a missing role with the hint, and shows code and request-id for support', () => {
    render(
      <GraphErrorAlert
        error={
          new GraphError({
            status: 403,
            code: 'Authorization_RequestDenied',
            message: 'Insufficient privileges',
            requestId: 'req-9',
          })
        }
        accessHint="Needs Reports Reader."
      />,
    );
    expect(screen.getByText('You do not have access to this data')).toBeInTheDocument();
    expect(screen.getByText('Needs Reports Reader.')).toBeInTheDocument();
    expect(screen.getByText(/code Authorization_RequestDenied · request-id req-9/)).toBeInTheDocument();
  });

  it('names the licence when the tenant is not premium', () => {
    render(
      <GraphErrorAlert
        error={
          new GraphError({
            status: 403,
            code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
            message: 'x',
          })
        }
      />,
    );
    expect(screen.getByText('This report needs Microsoft Entra ID P1 or P2')).toBeInTheDocument();
  });

  it('offers a retry that calls back', async () => {
    const onRetry = vi.fn();
    render(
      <GraphErrorAlert
        error={new GraphError({ status: 503, code: 'serviceNotAvailable', message: 'Down' })}
        onRetry={onRetry}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('keeps hostile text as text', () => {
    const { container } = render(<GraphErrorAlert error={new Error('<img src=x onerror=alert(1)>')} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
  });
});
