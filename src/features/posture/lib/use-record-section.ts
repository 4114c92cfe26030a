import { useEffect, useRef } from 'react';
import { useAuth } from '../../../lib/auth/use-auth.ts';
import { dayOf } from '../../../domain/history/snapshot.ts';
import { makeSnapshot, useRecordSnapshot } from '../../../domain/history/use-history.ts';
import type { Exclusions } from '../../../domain/scope/exclusions.ts';

/**
 * Adds a lens's figures to today's snapshot once they are complete (`figures` defined). The store keeps
 * a day's first figures and adds only sections it lacks, under the same exclusions; this asks it once a
 * day per section and exclusion set instead of on every render. No `section`, nothing to record yet.
 */
export function useRecordSection(
  section: string | undefined,
  figures: Record<string, number> | undefined,
  exclusions: Exclusions,
) {
  const { account } = useAuth();
  const tenantId = account?.tenantId;
  const { mutate } = useRecordSnapshot();
  const asked = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!section || !figures || !tenantId) return;
    const now = Date.now();
    const key = `${tenantId}/${dayOf(now)}/${section}/${JSON.stringify(exclusions)}`;
    if (asked.current === key) return;
    asked.current = key;
    mutate(makeSnapshot(tenantId, now, exclusions, { [section]: figures }));
  }, [figures, tenantId, exclusions, section, mutate]);
}
