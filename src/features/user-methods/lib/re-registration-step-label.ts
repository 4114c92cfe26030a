import { labelOfDefault } from './default-method-options.ts';
import { kindNoun } from '../../../domain/auth-methods/method-catalogue.ts';
import { shortName } from './confirmation-text.ts';
import { describeMethod } from './method-details.ts';
import type { PlanStep } from './re-registration-plan.ts';

/** A step as the agent reads it in the preview and the run. */
export function stepLabel(step: PlanStep): string {
  if (step.type === 'setDefault')
    return `Make “${labelOfDefault(step.value)}” the default method, so that every phone can be deleted`;
  return `Delete the ${kindNoun(step.kind)} “${shortName(describeMethod(step.method).title, 60)}”`;
}
