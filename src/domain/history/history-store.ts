import type { Snapshot } from './snapshot.ts';

/**
 * Daily snapshots in the browser's IndexedDB (one object store keyed by [tenantId, day]), wrapped in
 * promises. Only this file touches IndexedDB; merging and validation live in plain functions.
 */
const DB_NAME = 'entra-auth-methods-dashboard';
const DB_VERSION = 1;
const STORE = 'adoptionSnapshots';

let opening: Promise<IDBDatabase> | undefined;

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: ['tenantId', 'day'] });
      store.createIndex('tenantId', 'tenantId');
    };
    request.onsuccess = () => {
      // Another tab upgrading the schema closes this connection; the next call opens a fresh one.
      request.result.onversionchange = () => {
        request.result.close();
        opening = undefined;
      };
      resolve(request.result);
    };
    request.onerror = () => {
      opening = undefined;
      reject(request.error ?? new Error('IndexedDB is not available'));
    };
  });
  return opening;
}

/** The tenant's snapshots, oldest day first. */
export async function readSnapshots(tenantId: string): Promise<Snapshot[]> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readonly');
  const rows = await done(tx.objectStore(STORE).index('tenantId').getAll(tenantId) as IDBRequest<Snapshot[]>);
  return rows.sort((a, b) => a.day.localeCompare(b.day));
}

export type RecordOutcome = 'added' | 'extended' | 'kept';

/**
 * Records a day's figures. A new day stores the snapshot. A day already taken keeps what it has (the
 * day's first look) and only gains sections it lacks, so a lens whose figures come later the same day
 * still lands in that day's snapshot; when the exclusions differ from the stored ones nothing is added,
 * since the day's figures would then count different people.
 */
export async function recordSnapshot(snapshot: Snapshot): Promise<RecordOutcome> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  // Read and written in one transaction, so two tabs opening the Overview at once store one snapshot.
  const existing = await done(
    store.get([snapshot.tenantId, snapshot.day]) as IDBRequest<Snapshot | undefined>,
  );
  const outcome = recordOutcome(existing, snapshot);
  if (outcome === 'added') store.add(snapshot);
  if (outcome === 'extended' && existing)
    store.put({ ...existing, sections: { ...snapshot.sections, ...existing.sections } });
  await committed(tx);
  return outcome;
}

/** What recording `next` over the day's `existing` snapshot does (see recordSnapshot). */
export function recordOutcome(existing: Snapshot | undefined, next: Snapshot): RecordOutcome {
  if (!existing) return 'added';
  if (JSON.stringify(existing.exclusions) !== JSON.stringify(next.exclusions)) return 'kept';
  return Object.keys(next.sections).some((name) => !(name in existing.sections)) ? 'extended' : 'kept';
}

/** Writes merged snapshots (an import), replacing those days. */
export async function putSnapshots(snapshots: readonly Snapshot[]): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  for (const s of snapshots) store.put(s);
  await committed(tx);
}

export async function clearSnapshots(tenantId: string): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  const keys = await done(store.index('tenantId').getAllKeys(tenantId));
  for (const key of keys) store.delete(key);
  await committed(tx);
}
