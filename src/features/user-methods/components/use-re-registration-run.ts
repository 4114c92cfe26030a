import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { invalidateAfterMethodChange } from '../../../domain/auth-methods/invalidate-user.ts';
import { runReRegistration, type StepResult } from '../api/re-registration.ts';
import type { PlanStep } from '../lib/re-registration-plan.ts';

/** The wizard's run state: one result per step key, and a stop the agent can ask for between steps. */
export function useReRegistrationRun(userId: string) {
  const client = useQueryClient();
  const [results, setResults] = useState<Record<string, StepResult>>({});
  const [running, setRunning] = useState(false);
  const stop = useRef(false);

  const start = async (steps: readonly PlanStep[]) => {
    stop.current = false;
    setRunning(true);
    setResults((prev) => ({
      ...prev,
      ...Object.fromEntries(steps.map((s) => [s.key, { status: 'pending' }])),
    }));
    try {
      await runReRegistration(userId, steps, {
        onResult: (key, result) => setResults((prev) => ({ ...prev, [key]: result })),
        shouldStop: () => stop.current,
      });
    } finally {
      // Finished only once the page shows the new state, so a retry plans from what Graph now has.
      await invalidateAfterMethodChange(client, userId);
      setRunning(false);
    }
  };

  return {
    results,
    running,
    start,
    requestStop: () => {
      stop.current = true;
    },
  };
}
