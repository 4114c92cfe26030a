// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sharedPacerStore } from './shared-pacer-store.ts';

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('sharedPacerStore', () => {
  it('keeps the window where every tab of the app reads it', () => {
    sharedPacerStore('graph-pacer:test').save([1, 2, 3]);
    // Another tab's store of the same name.
    expect(sharedPacerStore('graph-pacer:test').load()).toEqual([1, 2, 3]);
  });

  it('keeps the window in memory when storage refuses it, so pacing goes on', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = sharedPacerStore('graph-pacer:blocked');
    expect(() => store.save([5, 6])).not.toThrow();
    expect(store.load()).toEqual([5, 6]);
  });
});
