import { describe, expect, it } from 'vitest';
import { directoryRequestCost } from './directory-cost.ts';

describe('directoryRequestCost (docs/graph-notes.md §8.3)', () => {
  it('charges 2 RU for listing users and 1 RU for paths the table does not list', () => {
    expect(directoryRequestCost('GET', '/v1.0/users')).toBe(2);
    expect(directoryRequestCost('GET', 'https://graph.microsoft.com/beta/users')).toBe(2);
    expect(directoryRequestCost('GET', '/v1.0/users/abc')).toBe(1);
    expect(directoryRequestCost('GET', '/v1.0/organization')).toBe(1);
    expect(directoryRequestCost('GET', '/v1.0/subscribedSkus')).toBe(3);
  });

  it('applies $select −1, $top below 20 −1 and $expand +1, never below 1', () => {
    expect(directoryRequestCost('GET', '/v1.0/users?$select=id')).toBe(1);
    expect(directoryRequestCost('GET', '/v1.0/users?$top=19')).toBe(1);
    expect(directoryRequestCost('GET', '/v1.0/users?$top=20')).toBe(2);
    expect(directoryRequestCost('GET', '/v1.0/users?$select=id&$top=5')).toBe(1);
    expect(directoryRequestCost('GET', '/v1.0/users?$expand=manager')).toBe(3);
    expect(directoryRequestCost('GET', '/v1.0/users?$select=id&$expand=manager')).toBe(2);
    expect(directoryRequestCost('GET', '/v1.0/users?select=id')).toBe(1);
    expect(directoryRequestCost('GET', '/v1.0/users?$SELECT=id')).toBe(1);
    expect(directoryRequestCost('GET', '/v1.0/users?$select=')).toBe(2);
  });

  it('charges users/{id}/… like the matching me/… path, casts included', () => {
    expect(directoryRequestCost('GET', '/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole')).toBe(2);
    expect(directoryRequestCost('GET', '/v1.0/users/a%40b.com/memberOf/microsoft.graph.directoryRole')).toBe(
      2,
    );
    expect(directoryRequestCost('GET', '/v1.0/groups/g1/transitiveMembers')).toBe(5);
  });

  it('charges 1 RU for writes and the listed POST actions their table cost', () => {
    expect(directoryRequestCost('PATCH', '/v1.0/users/abc')).toBe(1);
    expect(directoryRequestCost('DELETE', '/v1.0/users/abc')).toBe(1);
    expect(directoryRequestCost('POST', '/v1.0/directoryObjects/getByIds')).toBe(5);
    expect(directoryRequestCost('POST', '/v1.0/directoryObjects/getByIds?$select=id')).toBe(2);
    expect(directoryRequestCost('post', '/v1.0/me/checkMemberGroups')).toBe(4);
  });

  it('never throws, even for a malformed escape', () => {
    expect(directoryRequestCost('GET', '/v1.0/users/%E0%A4%A')).toBe(1);
    expect(directoryRequestCost('GET', '/v1.0/users?$top=')).toBe(2);
  });

  it('accepts a URL object and is pure', () => {
    const url = new URL('https://localhost:8443/v1.0/users?$select=id,displayName&$top=999');
    expect(directoryRequestCost('GET', url)).toBe(1);
    expect(directoryRequestCost('GET', url)).toBe(1);
  });
});
