/** What a 403 on a write means for the person at the keyboard (graph-contract.md §2.1). */
export const WRITE_ACCESS_HINT =
  "Microsoft Graph refused: your roles cannot change this user's methods. Users without admin roles need an Authentication Administrator; admins need a Privileged Authentication Administrator or Global Administrator.";
