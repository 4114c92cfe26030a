import { normaliseExclusions, type Exclusions } from './exclusions.ts';

/**
 * Exclusions in the URL, so an excluded view is a shareable link:
 * `?exGuests=<reason>&exDisabled=<reason>&exAccount=<upn>|<reason>` (exAccount repeats). A UPN cannot
 * contain `|`, so the first one splits UPN from reason. Other parameters are left alone.
 */
export const EXCLUSION_PARAMS = ['exGuests', 'exDisabled', 'exAccount'] as const;

export function exclusionsFromSearchParams(params: URLSearchParams): Exclusions {
  return normaliseExclusions({
    guests: params.get('exGuests'),
    disabled: params.get('exDisabled'),
    accounts: params.getAll('exAccount').map((value) => {
      const bar = value.indexOf('|');
      return bar < 0 ? {} : { upn: value.slice(0, bar), reason: value.slice(bar + 1) };
    }),
  });
}

/** Writes the exclusions into a copy of `params`, replacing any earlier ones and keeping the rest. */
export function withExclusionParams(params: URLSearchParams, exclusions: Exclusions): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of EXCLUSION_PARAMS) next.delete(name);
  if (exclusions.guests) next.set('exGuests', exclusions.guests.reason);
  if (exclusions.disabled) next.set('exDisabled', exclusions.disabled.reason);
  for (const a of exclusions.accounts) next.append('exAccount', `${a.upn}|${a.reason}`);
  return next;
}
