// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { noteReportsPacerWait } from '../../../lib/graph/reports-pacer-status.ts';
import { RateLimitWait } from './rate-limit-wait.tsx';

afterEach(cleanup);

describe('RateLimitWait', () => {
  it('speaks only while the pacer holds a report request back and the page is loading', () => {
    const { rerender } = render(<RateLimitWait loading />);
    expect(screen.queryByRole('status')).toBeNull();
    act(() => noteReportsPacerWait(true));
    expect(screen.getByRole('status').textContent).toMatch(/Graph’s rate limit/);
    // An export waiting in the pacer is not this page's wait once its rows are on screen.
    rerender(<RateLimitWait loading={false} />);
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<RateLimitWait loading />);
    act(() => noteReportsPacerWait(false));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
