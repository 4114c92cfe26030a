import type { AuthMethod } from './model.ts';

/**
 * A few users that are hostile in every field the dashboard shows, always present (at the end of any tenant
 * big enough for the scattered HOSTILE_NAMES), so the e2e tests can find them by their UPNs:
 * markup, script tags, event handlers, `javascript:` URLs, bidi overrides, zero-width characters, emoji,
 * 5,000-character names and spreadsheet formulas. UPN local parts use only the characters Entra allows
 * there (letters, digits and ' . - _ ! # ^ ~), yet start with a formula character or carry a quote.
 */
export interface HostileUser {
  alias: string;
  displayName: string;
  /** Microsoft Authenticator device, FIDO2 key and Windows Hello names, in that order. */
  deviceNames: readonly [string, string, string];
}

// 5,000 characters (code points: a cut must not split an emoji's surrogate pair).
const LONG = (prefix: string, unit: string) => [...(prefix + unit.repeat(5000))].slice(0, 5000).join('');

export const HOSTILE_USERS: readonly HostileUser[] = [
  {
    alias: '-hostile.markup',
    displayName: '<script>alert("hostile")</script><img src=x onerror=alert(2)> Hostile Markup',
    deviceNames: [
      '<img src=x onerror=alert(3)><svg onload=alert(4)>',
      '=HYPERLINK("javascript:alert(5)","Open key")',
      'javascript:alert(document.cookie)',
    ],
  },
  {
    alias: "o'hostile.bidi",
    displayName: '\u202Efdp.exe Hostile Bidi\u200D\u200B 👩🏽‍💻🦄',
    deviceNames: [
      'Zero\u200DWidth\u200B\u202EenohP',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '+cmd|\' /C calc\'!A0 " onmouseover="alert(6)',
    ],
  },
  {
    alias: '~!#^_hostile.long',
    displayName: LONG('Hostile Long ', 'Wolfeschlegelsteinhausenbergerdorff'),
    deviceNames: [LONG('', 'W'), LONG('Key ', 'Ｗ'), LONG('PC-', '🦄')],
  },
];

/** Puts the hostile device and key names on the methods that carry a name. */
export function nameHostileMethods(methods: AuthMethod[], names: HostileUser['deviceNames']): void {
  const [device, key, hello] = names;
  for (const method of methods) {
    if (method.kind === 'microsoftAuthenticator') method.displayName = device;
    if (method.kind === 'fido2') method.displayName = key;
    if (method.kind === 'windowsHelloForBusiness') method.displayName = hello;
  }
}
