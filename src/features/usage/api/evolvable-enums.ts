// Newer method names arrive only when asked for (docs/graph-notes.md §3.9).
export const EVOLVABLE_ENUMS = { Prefer: 'include-unknown-enum-members' };
