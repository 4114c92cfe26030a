import type { TemporaryAccessPassAuthenticationMethodConfiguration } from '@microsoft/microsoft-graph-types-beta';

/** What the issuer may choose, from the TAP policy; `known: false` when the policy could not be read. */
export type TapBounds =
  | { known: false }
  | {
      known: true;
      enabled: boolean;
      minMinutes: number;
      maxMinutes: number;
      defaultMinutes: number;
      multiUseAllowed: boolean;
    };

export function tapBoundsOf(policy: TemporaryAccessPassAuthenticationMethodConfiguration): TapBounds {
  const minMinutes = policy.minimumLifetimeInMinutes ?? 10;
  const maxMinutes = policy.maximumLifetimeInMinutes ?? 43200;
  return {
    known: true,
    enabled: policy.state === 'enabled',
    minMinutes,
    maxMinutes,
    defaultMinutes: Math.min(maxMinutes, Math.max(minMinutes, policy.defaultLifetimeInMinutes ?? minMinutes)),
    multiUseAllowed: policy.isUsableOnce === false,
  };
}

export interface TapChoices {
  startLater: boolean;
  /** `datetime-local` value (the operator's local time). */
  startAt: string;
  lifetimeMinutes: string;
  isUsableOnce: boolean;
}

export interface TapRequestBody {
  startDateTime?: string;
  lifetimeInMinutes?: number;
  isUsableOnce?: boolean;
}

export type TapValidation =
  { ok: true; body: TapRequestBody } | { ok: false; field: 'startAt' | 'lifetime'; message: string };

/**
 * The POST body: only what the operator chose. With the policy unknown, lifetime and one-time are
 * left out so the server applies the policy defaults (docs/graph-notes.md §11.4).
 */
export function tapRequestFrom(
  choices: TapChoices,
  bounds: TapBounds,
  now: number = Date.now(),
): TapValidation {
  const body: TapRequestBody = {};
  if (choices.startLater) {
    const start = Date.parse(choices.startAt);
    if (!choices.startAt || Number.isNaN(start))
      return { ok: false, field: 'startAt', message: 'Choose the date and time the pass starts.' };
    if (start <= now) return { ok: false, field: 'startAt', message: 'Choose a time in the future.' };
    body.startDateTime = new Date(start).toISOString();
  }
  if (bounds.known) {
    const minutes = Number(choices.lifetimeMinutes);
    if (!Number.isInteger(minutes) || minutes < bounds.minMinutes || minutes > bounds.maxMinutes)
      return {
        ok: false,
        field: 'lifetime',
        message: `Choose a whole number of minutes from ${bounds.minMinutes} to ${bounds.maxMinutes}.`,
      };
    body.lifetimeInMinutes = minutes;
    body.isUsableOnce = bounds.multiUseAllowed ? choices.isUsableOnce : true;
  }
  return { ok: true, body };
}
