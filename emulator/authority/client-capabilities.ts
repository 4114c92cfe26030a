/**
 * Whether an authorize or token request declared the CP1 client capability, which it does in the `claims`
 * parameter: {"access_token":{"xms_cc":{"values":["cp1"]}}}, merged with any challenge's claims; "The values
 * aren't case-sensitive and unordered" (entra-docs identity-platform/claims-challenge.md). MSAL.js adds it
 * to every authorize and token request when the app configures `clientCapabilities: ["CP1"]`.
 */
export function declaresCp1(claims: string | null | undefined): boolean {
  if (!claims) return false;
  try {
    const values = (JSON.parse(claims) as { access_token?: { xms_cc?: { values?: unknown } } }).access_token
      ?.xms_cc?.values;
    return Array.isArray(values) && values.some((v) => typeof v === 'string' && v.toLowerCase() === 'cp1');
  } catch {
    return false;
  }
}

/** The access token's claim for it: "xms_cc": ["cp1"]. */
export const CP1_CLAIM = { xms_cc: ['cp1'] } as const;

export const tokenDeclaresCp1 = (payload: Record<string, unknown>) =>
  Array.isArray(payload.xms_cc) && payload.xms_cc.some((v) => String(v).toLowerCase() === 'cp1');
