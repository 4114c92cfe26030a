// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBulkRun } from './use-bulk-run.ts';

describe('useBulkRun', () => {
  it('runs, reports each result, stops when asked after the current step, then finishes', async () => {
    const { result } = renderHook(() => useBulkRun<number, 'preview'>('preview'));
    let release!: () => void;
    const step = new Promise<void>((resolve) => (release = resolve));
    const seen: boolean[] = [];
    let running!: Promise<void>;
    act(() => {
      running = result.current.run(async ({ shouldStop, onUpdate }) => {
        onUpdate([1]);
        await step;
        seen.push(shouldStop());
        onUpdate([1, 2]);
      });
    });
    expect(result.current.phase).toBe('running');
    act(() => result.current.stopAfterThisStep());
    await act(async () => {
      release();
      await running;
    });
    expect(seen).toEqual([true]);
    expect(result.current.results).toEqual([1, 2]);
    expect(result.current.phase).toBe('finished');
  });

  it('leaves the phase to the work when it returns false, and a new run clears the stop', async () => {
    const { result } = renderHook(() => useBulkRun<number, 'preview'>('preview'));
    act(() => result.current.stopAfterThisStep());
    await act(() =>
      result.current.run(async ({ shouldStop }) => {
        expect(shouldStop()).toBe(false);
        result.current.setPhase('preview');
        return false;
      }),
    );
    expect(result.current.phase).toBe('preview');
  });
});
