/** What a 403 on a write means for the person at the keyboard (Entra's tables: lib/auth-methods/who-may-act.ts). */
export const WRITE_ACCESS_HINT =
  "Microsoft Graph refused: your roles cannot change this user's methods. Users without admin roles, and a few limited admin roles, need an Authentication Administrator; other admins need a Privileged Authentication Administrator or Global Administrator.";

/** The same for a password reset, which more roles may do, each for some users ("Who can reset passwords"). */
export const RESET_ACCESS_HINT =
  "Microsoft Graph refused: your roles cannot reset this user's password. Password, Helpdesk, Authentication and User Administrators each reset some users' passwords (Entra's \"Who can reset passwords\" table); Privileged Authentication and Global Administrators reset anyone's.";
