import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface Certificate {
  key: string;
  cert: string;
}

/** A self-signed localhost certificate, made on first start and kept in the git-ignored state folder. */
export async function loadCertificate(stateDir: string | undefined): Promise<Certificate> {
  const keyFile = stateDir && join(stateDir, 'localhost-key.pem');
  const certFile = stateDir && join(stateDir, 'localhost-cert.pem');
  if (keyFile && certFile && existsSync(keyFile) && existsSync(certFile)) {
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  }
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 825 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  } as Parameters<typeof generate>[1]);
  const certificate = { key: pems.private, cert: pems.cert };
  if (stateDir && keyFile && certFile) {
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(keyFile, certificate.key, { mode: 0o600 });
    writeFileSync(certFile, certificate.cert);
  }
  return certificate;
}
