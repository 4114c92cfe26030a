/** What the app keeps in a tab's session storage beyond MSAL's cache: forgotten together at sign-out. */
export const SESSION_KEYS = { homeKind: 'home-kind', recentUsers: 'recent-users' } as const;

/** Signing out: the next operator in this tab may hold other roles and open other users. */
export function forgetSessionMemory(): void {
  try {
    for (const key of Object.values(SESSION_KEYS)) sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}
