import { useEffect, useRef } from 'react';
import { dayOf, type Snapshot } from '../../../domain/history/snapshot.ts';
import { makeSnapshot, useRecordSnapshot } from '../../../domain/history/use-history.ts';
import type { Exclusions } from '../../../domain/scope/exclusions.ts';

/**
 * Records the day's snapshot once the figures are complete (`sections` defined), under the exclusions
 * in force. The store keeps the day's first figures; this only avoids asking it again on every render
 * (a new section, e.g. one wired in later, asks again).
 */
export function useDailySnapshot(
  tenantId: string,
  sections: Snapshot['sections'] | undefined,
  exclusions: Exclusions,
) {
  const { mutate } = useRecordSnapshot();
  const asked = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!sections) return;
    const now = Date.now();
    const key = `${tenantId}/${dayOf(now)}/${Object.keys(sections).sort().join(',')}`;
    if (asked.current === key) return;
    asked.current = key;
    mutate(makeSnapshot(tenantId, now, exclusions, sections));
  }, [sections, tenantId, exclusions, mutate]);
}
