/** The emulator's notion of "now": real time plus an offset the control API can move. */
export interface Clock {
  now(): number;
  setNow(epochMs: number): void;
  reset(): void;
}

export function createClock(): Clock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    setNow: (epochMs) => {
      offset = epochMs - Date.now();
    },
    reset: () => {
      offset = 0;
    },
  };
}
