import type { UserRegistrationDetails } from '@microsoft/microsoft-graph-types-beta';
import { humanise, UNKNOWN, yesNo } from './format-values.ts';

export interface RegistrationFact {
  label: string;
  value: string;
  /** true/false facts get a coloured chip; the rest are text. */
  flag?: boolean | null;
}

export const REGISTRATION_REPORT_ROLES =
  'Reports Reader, Security Reader, Security Administrator, Global Reader or Global Administrator';

/** The report row as a person reads it; "none" and null both mean nothing is set. */
export function registrationFacts(details: UserRegistrationDetails): RegistrationFact[] {
  const flag = (label: string, value: boolean | null | undefined) => ({
    label,
    value: yesNo(value),
    flag: value,
  });
  const system = (details.systemPreferredAuthenticationMethods ?? []).filter((m) => m && m !== 'none');
  return [
    flag('MFA capable', details.isMfaCapable),
    flag('MFA registered', details.isMfaRegistered),
    flag('SSPR registered', details.isSsprRegistered),
    flag('SSPR capable', details.isSsprCapable),
    flag('Passwordless capable', details.isPasswordlessCapable),
    {
      label: 'Default MFA method',
      value:
        !details.defaultMfaMethod || details.defaultMfaMethod === 'none'
          ? 'None'
          : humanise(details.defaultMfaMethod),
    },
    {
      label: 'System preferred',
      value:
        details.isSystemPreferredAuthenticationMethodEnabled === false
          ? 'Off'
          : system.length > 0
            ? system.map(humanise).join(', ')
            : details.isSystemPreferredAuthenticationMethodEnabled == null
              ? UNKNOWN
              : 'None',
    },
  ];
}
