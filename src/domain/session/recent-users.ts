import { useSyncExternalStore } from 'react';
import { SESSION_KEYS } from './session-memory.ts';

/** A user the operator opened in this session: enough to list and reopen them, nothing of their methods. */
export interface RecentUser {
  id: string;
  displayName: string;
  upn: string;
}

// Session storage: the list goes with the tab's sign-in session (MSAL keeps its cache there too), and is
// forgotten at sign-out (session-memory.ts).
const KEY = SESSION_KEYS.recentUsers;
const KEEP = 8;
const listeners = new Set<() => void>();
let cached: { raw: string | null; users: RecentUser[] } = { raw: null, users: [] };

function isRecentUser(value: unknown): value is RecentUser {
  const v = value as Partial<RecentUser> | null;
  return typeof v?.id === 'string' && typeof v.displayName === 'string' && typeof v.upn === 'string';
}

function parsed(raw: string | null): RecentUser[] {
  try {
    const value: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(value) ? value.filter(isRecentUser).slice(0, KEEP) : [];
  } catch {
    return [];
  }
}

/** Most recent first. */
export function recentUsers(): RecentUser[] {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(KEY);
  } catch {
    // Storage blocked: nothing remembered.
  }
  if (raw === cached.raw) return cached.users;
  cached = { raw, users: parsed(raw) };
  return cached.users;
}

export function rememberRecentUser(user: RecentUser): void {
  const users = [user, ...recentUsers().filter((u) => u.id !== user.id)].slice(0, KEEP);
  try {
    sessionStorage.setItem(KEY, JSON.stringify(users));
  } catch {
    return; // storage full or blocked: the list stays as it was
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRecentUsers(): RecentUser[] {
  return useSyncExternalStore(subscribe, recentUsers, () => []);
}
