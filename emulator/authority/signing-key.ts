import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type CryptoKey,
} from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

/** Loads the RS256 key from `file` or makes one, so tokens survive an emulator restart. */
export async function loadSigningKey(file: string | undefined): Promise<SigningKey> {
  let privateJwk: JWK | undefined;
  if (file && existsSync(file)) privateJwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  if (!privateJwk) {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateJwk = await exportJWK(pair.privateKey);
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(privateJwk), { mode: 0o600 });
    }
  }
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicFields } = privateJwk;
  const kid = await calculateJwkThumbprint(publicFields);
  const publicJwk: JWK = { ...publicFields, kid, use: 'sig', alg: 'RS256' };
  return {
    kid,
    privateKey: (await importJWK(privateJwk, 'RS256')) as CryptoKey,
    publicKey: (await importJWK(publicJwk, 'RS256')) as CryptoKey,
    publicJwk,
  };
}
