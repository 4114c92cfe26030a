import { describe, expect, it } from 'vitest';
import { readAppConfig } from './config.ts';

describe('readAppConfig', () => {
  const valid = {
    authorityOrigin: 'https://login.microsoftonline.com/',
    tenant: 'contoso.onmicrosoft.com',
    clientId: '3e5e6a71-6e0c-4a7e-9c3e-2f0b6a1d8c55',
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
    expect(() => readAppConfig({ ...valid, graphBaseUrl: 'http://graph.microsoft.com' })).toThrow(
      /graphBaseUrl must be an https/,
    );
    expect(() => readAppConfig({ ...valid, clientId: ' ' })).toThrow(/clientId/);
  });

  it('wants a GUID for the client id', () => {
    expect(() => readAppConfig({ ...valid, clientId: 'my-dashboard' })).toThrow(
      /clientId must be the app registration's client id/,
    );
  });

  it.each([
    'organizations',
    'contoso.onmicrosoft.com',
    'contoso.com',
    '72f988bf-86f1-41af-91ab-2d7cd011db47',
  ])('accepts the tenant %s', (tenant) => expect(readAppConfig({ ...valid, tenant }).tenant).toBe(tenant));

  it.each(['common', 'consumers', 'contoso', 'https://contoso.com', 'contoso.onmicrosoft.com/extra'])(
    'refuses the tenant %s, naming the field',
    (tenant) => expect(() => readAppConfig({ ...valid, tenant })).toThrow(/config\.js: tenant must be/),
  );

  it('refuses a path, a query or a version segment on either URL', () => {
    expect(() => readAppConfig({ ...valid, graphBaseUrl: 'https://graph.microsoft.com/v1.0' })).toThrow(
      /graphBaseUrl must be an origin, with no path/,
    );
    expect(() =>
      readAppConfig({ ...valid, authorityOrigin: 'https://login.microsoftonline.com/contoso.com' }),
    ).toThrow(/authorityOrigin must be an origin, with no path/);
  });

  it.each([
    ['https://login.microsoftonline.us', 'https://graph.microsoft.us'],
    ['https://login.microsoftonline.us', 'https://dod-graph.microsoft.us'],
    ['https://login.chinacloudapi.cn', 'https://microsoftgraph.chinacloudapi.cn'],
    ['https://localhost:8443', 'https://localhost:8443'],
  ])('accepts the authority %s with Graph at %s (one cloud)', (authorityOrigin, graphBaseUrl) => {
    expect(readAppConfig({ ...valid, authorityOrigin, graphBaseUrl }).graphBaseUrl).toBe(graphBaseUrl);
  });

  it.each([
    ['https://login.microsoftonline.com', 'https://graph.microsoft.us'],
    ['https://login.microsoftonline.us', 'https://graph.microsoft.com'],
    ['https://login.chinacloudapi.cn', 'https://graph.microsoft.com'],
    ['https://localhost:8443', 'https://graph.microsoft.com'],
  ])('refuses the authority %s with Graph at %s (two clouds)', (authorityOrigin, graphBaseUrl) => {
    expect(() => readAppConfig({ ...valid, authorityOrigin, graphBaseUrl })).toThrow(
      /authorityOrigin \(.+\) and graphBaseUrl \(.+\) must belong to the same cloud/,
    );
  });
});
