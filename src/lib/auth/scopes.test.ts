import { afterEach, describe, expect, it } from 'vitest';
import { ALL_SCOPES, configureGraphResource, graphScopes, SIGN_IN_SCOPES } from './scopes.ts';

afterEach(() => configureGraphResource('https://graph.microsoft.com'));

// Graph docs, concepts/deployments.md: tokens of one cloud are not accepted by another cloud's Graph.
describe('graphScopes', () => {
  it.each([
    ['https://graph.microsoft.com', 'https://graph.microsoft.com/User.Read'],
    ['https://graph.microsoft.us', 'https://graph.microsoft.us/User.Read'],
    ['https://dod-graph.microsoft.us', 'https://dod-graph.microsoft.us/User.Read'],
    ['https://microsoftgraph.chinacloudapi.cn/', 'https://microsoftgraph.chinacloudapi.cn/User.Read'],
    ['https://localhost:8443', 'https://localhost:8443/User.Read'],
  ])('asks for the resource of the configured Graph (%s)', (graphBaseUrl, scope) => {
    configureGraphResource(graphBaseUrl);
    expect(graphScopes(['User.Read'])).toEqual([scope]);
  });

  it('keeps the permissions by name, without a resource, for every capability', () => {
    for (const scope of ALL_SCOPES) expect(scope).toMatch(/^[A-Za-z]+(\.[A-Za-z]+)+$/);
  });

  // One permission without admin consent would otherwise stop every operator's sign-in.
  it('signs in with User.Read alone, the one permission a user may consent to', () => {
    expect(SIGN_IN_SCOPES).toEqual(['User.Read']);
  });
});
