import { useRef, useState } from 'react';

/** What a run over many users is told: whether to stop after the current step, and each result as it comes. */
export interface BulkRunControl<Result> {
  shouldStop: () => boolean;
  onUpdate: (results: Result[]) => void;
}

/**
 * The state every run over many users keeps (the bulk delete, filling a group): its phase, a result per user,
 * the typed confirmation, and stop-after-this-step. `run` moves to `running`, hands the work its control, and
 * moves to `finished` unless the work returns false (it set the phase itself, e.g. back to the preview).
 */
export function useBulkRun<Result, Phase extends string>(initialPhase: Phase | 'running' | 'finished') {
  type AnyPhase = Phase | 'running' | 'finished';
  const [phase, setPhase] = useState<AnyPhase>(initialPhase);
  const [results, setResults] = useState<Result[]>([]);
  const [typed, setTyped] = useState('');
  const stop = useRef(false);

  const run = async (work: (control: BulkRunControl<Result>) => Promise<boolean | void>) => {
    stop.current = false;
    setPhase('running');
    const completed = await work({ shouldStop: () => stop.current, onUpdate: setResults });
    if (completed !== false) setPhase('finished');
  };

  return {
    phase,
    setPhase,
    results,
    setResults,
    typed,
    setTyped,
    run,
    stopAfterThisStep: () => {
      stop.current = true;
    },
  };
}
