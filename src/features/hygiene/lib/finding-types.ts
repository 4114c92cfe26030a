import type { GraphMethod } from '../../../domain/auth-methods/graph-method.ts';
import type { MethodKind } from '../../../domain/auth-methods/method-catalogue.ts';

/** A user of the cohort with the methods the scan read for them. */
export interface ScannedUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  methods: readonly GraphMethod[];
}

/** One method of one user: what a finding row shows and a clean-up removes. */
export interface MethodRef {
  userId: string;
  userDisplayName: string;
  userPrincipalName: string;
  methodId: string;
  kind: MethodKind;
  /** Device name, phone number or kind: what a person recognises the method by. */
  label: string;
}
