import type {
  AuthenticationMethod,
  Fido2AuthenticationMethod,
  SignInPreferences,
  TemporaryAccessPassAuthenticationMethod,
} from '@microsoft/microsoft-graph-types-beta';

/** Every item of /authentication/methods carries its concrete type (docs/graph-notes.md §4.1). */
export type GraphMethod = AuthenticationMethod & { '@odata.type'?: string };

/** The beta types package lags the docs: passkeyType (v1.0) and the TAP usability fields are missing. */
export type Fido2Method = Fido2AuthenticationMethod & { passkeyType?: string | null };
export type TapMethod = TemporaryAccessPassAuthenticationMethod & {
  isUsable?: boolean | null;
  methodUsabilityReason?: string | null;
};

/** `systemPreferredAuthenticationMethod` is an undocumented free string the real service adds (§11.5). */
export type SignInPreferencesResponse = SignInPreferences & {
  systemPreferredAuthenticationMethod?: string | null;
};
