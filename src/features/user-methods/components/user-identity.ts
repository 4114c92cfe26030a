/** Who an action is aimed at, as the confirmation sentences name them. */
export interface TargetUser {
  id: string;
  displayName: string;
  upn: string;
}
