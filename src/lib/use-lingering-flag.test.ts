// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLingeringFlag } from './use-lingering-flag.ts';

describe('useLingeringFlag', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stays true through a short gap and turns false once the gap outlasts the linger', () => {
    const { result, rerender } = renderHook(({ flag }) => useLingeringFlag(flag, 1500), {
      initialProps: { flag: false },
    });
    expect(result.current).toBe(false);
    rerender({ flag: true });
    expect(result.current).toBe(true);
    rerender({ flag: false });
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(true);
    // Waiting again inside the gap starts the linger afresh.
    rerender({ flag: true });
    rerender({ flag: false });
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(600));
    expect(result.current).toBe(false);
  });

  it('is false from the start when the flag never rose', () => {
    const { result } = renderHook(() => useLingeringFlag(false, 1500));
    act(() => vi.advanceTimersByTime(5000));
    expect(result.current).toBe(false);
  });
});
