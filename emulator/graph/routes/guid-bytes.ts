/** A GUID's 16 bytes in .NET `Guid.ToByteArray()` order: the first three groups little-endian. */
export function guidBytes(guid: string): Buffer {
  const hex = guid.replace(/-/g, '');
  const bytes = Buffer.from(hex, 'hex');
  if (bytes.length !== 16) throw new Error(`not a GUID: ${guid}`);
  bytes.subarray(0, 4).reverse();
  bytes.subarray(4, 6).reverse();
  bytes.subarray(6, 8).reverse();
  return bytes;
}

/** Entra's cloud-only SID for an object id: S-1-12-1 plus the GUID as four little-endian uint32s. */
export function cloudSecurityIdentifier(objectId: string): string {
  const bytes = guidBytes(objectId);
  const parts = [0, 4, 8, 12].map((offset) => bytes.readUInt32LE(offset));
  return `S-1-12-1-${parts.join('-')}`;
}

/**
 * Ids Graph builds for role assignments and PIM instances: base64url of role definition and
 * principal GUID bytes, plus a suffix (sample: `lAPpYvVpN0KRkAEhdxReEHJ1hPGqSKpHlqMuxhkE9B8-1`).
 */
export function compositeRoleId(roleDefinitionId: string, principalId: string, suffix: string): string {
  const joined = Buffer.concat([guidBytes(roleDefinitionId), guidBytes(principalId)]);
  return `${joined.toString('base64url')}${suffix}`;
}
