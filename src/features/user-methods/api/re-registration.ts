import { GraphError } from '../../../lib/graph/graph-error.ts';
import type { PlanStep } from '../lib/re-registration-plan.ts';
import { deleteUserMethod } from '../../../domain/auth-methods/delete-method.ts';
import { saveDefaultMethod } from './save-default-method.ts';

export type StepStatus = 'pending' | 'running' | 'done' | 'alreadyGone' | 'failed' | 'skipped';

export interface StepResult {
  status: StepStatus;
  error?: unknown;
}

interface RunHooks {
  onResult: (key: string, result: StepResult) => void;
  /** Checked before each step: the agent may stop the run after the current one. */
  shouldStop: () => boolean;
}

async function execute(userId: string, step: PlanStep): Promise<StepStatus> {
  if (step.type === 'setDefault') {
    await saveDefaultMethod(userId, step.value);
    return 'done';
  }
  // A 404 means someone removed it meanwhile: the goal is met.
  const outcome = await deleteUserMethod(userId, { kind: step.kind, methodId: step.method.id ?? '' });
  return outcome === 'alreadyGone' ? 'alreadyGone' : 'done';
}

// No permission or no session: every following step would fail the same way.
const stopsTheRun = (error: unknown) =>
  error instanceof GraphError && (error.status === 401 || error.status === 403);

/**
 * Runs the plan one step at a time, in order (each step may depend on the one before), reporting each
 * result. A failed step does not stop the others; a refusal of access skips the rest.
 */
export async function runReRegistration(
  userId: string,
  steps: readonly PlanStep[],
  hooks: RunHooks,
): Promise<void> {
  let skipReason: unknown;
  for (const step of steps) {
    if (skipReason !== undefined || hooks.shouldStop()) {
      hooks.onResult(step.key, { status: 'skipped', error: skipReason });
      continue;
    }
    hooks.onResult(step.key, { status: 'running' });
    try {
      hooks.onResult(step.key, { status: await execute(userId, step) });
    } catch (error) {
      hooks.onResult(step.key, { status: 'failed', error });
      if (stopsTheRun(error)) skipReason = error;
    }
  }
}
