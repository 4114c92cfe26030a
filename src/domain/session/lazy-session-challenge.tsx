import { lazy, Suspense, useSyncExternalStore } from 'react';
import { currentSessionChallenge, subscribeSessionChallenge } from '../../lib/auth/session-challenge.ts';

const Prompt = lazy(() =>
  import('./session-challenge-prompt.tsx').then((m) => ({ default: m.SessionChallengePrompt })),
);
const StepUp = lazy(() => import('./step-up-dialog.tsx').then((m) => ({ default: m.StepUpDialog })));

/**
 * The "sign in again" prompt, its code fetched only once Entra or Graph asks (most sessions never do). A
 * step-up a write waits on is one dialog above everything, shown by the shell's instance alone
 * (`answersStepUp`); the copies inside dialogs leave it to that one.
 */
export function LazySessionChallenge({ answersStepUp = false }: { answersStepUp?: boolean }) {
  const challenge = useSyncExternalStore(subscribeSessionChallenge, currentSessionChallenge);
  if (!challenge || (challenge.stepUp && !answersStepUp)) return null;
  return (
    <Suspense fallback={null}>{challenge.stepUp ? <StepUp challenge={challenge} /> : <Prompt />}</Suspense>
  );
}
