import { describe, expect, it } from 'vitest';
import { readAppConfig } from './config.ts';

describe('readAppConfig', () => {
  const valid = {
    authorityOrigin: 'https://login.microsoftonline.com/',
    tenant: 'contoso.onmicrosoft.com',
    clientId: 'abc',
    graphBaseUrl: 'https://graph.microsoft.com',
  };

  it('normalises trailing slashes', () => {
    expect(readAppConfig(valid).authorityOrigin).toBe('https://login.microsoftonline.com');
  });

  it('refuses a missing file, an http authority and a missing client id with a message naming the field', () => {
    expect(() => readAppConfig(undefined)).toThrow(/config\.js did not load/);
    expect(() => readAppConfig({ ...valid, authorityOrigin: 'http://localhost:8443' })).toThrow(
      /authorityOrigin/,
    );
    expect(() => readAppConfig({ ...valid, clientId: ' ' })).toThrow(/clientId/);
  });
});
