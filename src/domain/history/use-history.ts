import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Exclusions } from '../scope/exclusions.ts';
import { checkHistoryFile, planImport, type ImportCheck, type ImportOutcome } from './history-file.ts';
import { clearSnapshots, putSnapshots, readSnapshots, recordSnapshot } from './history-store.ts';
import { dayOf, SNAPSHOT_VERSION, type Snapshot } from './snapshot.ts';

/** Not Graph data: its own key space, so Graph invalidations never touch it. */
export const historyKeys = {
  all: ['adoptionHistory'] as const,
  tenant: (tenantId: string) => [...historyKeys.all, tenantId] as const,
};

export const historyQuery = (tenantId: string) =>
  queryOptions({
    queryKey: historyKeys.tenant(tenantId),
    queryFn: () => readSnapshots(tenantId),
    staleTime: Infinity,
  });

export function useHistory(tenantId: string | undefined) {
  return useQuery({ ...historyQuery(tenantId?.toLowerCase() ?? ''), enabled: Boolean(tenantId) });
}

export function makeSnapshot(
  tenantId: string,
  now: number,
  exclusions: Exclusions,
  sections: Snapshot['sections'],
): Snapshot {
  return {
    version: SNAPSHOT_VERSION,
    tenantId: tenantId.toLowerCase(),
    day: dayOf(now),
    takenAt: new Date(now).toISOString(),
    exclusions,
    sections,
  };
}

/**
 * Records today's figures: a new day's snapshot, or sections today's snapshot lacks (a lens page adds
 * its own section, e.g. `retirement`, this way). See recordSnapshot for the rules.
 */
export function useRecordSnapshot() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: recordSnapshot,
    onSuccess: (outcome, snapshot) => {
      if (outcome !== 'kept')
        void client.invalidateQueries({ queryKey: historyKeys.tenant(snapshot.tenantId) });
    },
  });
}

export type ImportResult = { ok: false; reason: string } | ({ ok: true } & ImportOutcome);

/** Reads a file, merges it into the tenant's history and says what was taken and what skipped. */
export function useImportHistory(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (text: string): Promise<ImportResult> => {
      const check: ImportCheck = checkHistoryFile(text, tenantId);
      if (!check.ok) return check;
      const { write, outcome } = planImport(await readSnapshots(tenantId.toLowerCase()), check);
      await putSnapshots(write);
      return { ok: true, ...outcome };
    },
    onSuccess: () => client.invalidateQueries({ queryKey: historyKeys.tenant(tenantId.toLowerCase()) }),
  });
}

export function useClearHistory(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => clearSnapshots(tenantId.toLowerCase()),
    onSuccess: () => client.invalidateQueries({ queryKey: historyKeys.tenant(tenantId.toLowerCase()) }),
  });
}
