import { describe, expect, it } from 'vitest';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';
import { GROUP_ROLE_TEMPLATE, groupWriteOutlook } from './group-writers.ts';
import { mailNicknameFor } from './group-api.ts';

const operator = (...templateIds: string[]) => ({
  directoryWide: templateIds.map((templateId) => ({ templateId, name: templateId })),
  assignments: undefined,
});

describe('groupWriteOutlook (group-post-members.md, permissions-reference.md)', () => {
  it('expects a Groups or User Administrator to create and fill', () => {
    expect(groupWriteOutlook(operator(ROLE_TEMPLATE.groupsAdministrator), 'create')).toEqual({
      likely: true,
    });
    expect(groupWriteOutlook(operator(ROLE_TEMPLATE.userAdministrator), 'fill')).toEqual({ likely: true });
  });

  it('lets an Identity Governance Administrator fill but not create', () => {
    const id = GROUP_ROLE_TEMPLATE.identityGovernanceAdministrator;
    expect(groupWriteOutlook(operator(id), 'fill')).toEqual({ likely: true });
    expect(groupWriteOutlook(operator(id), 'create').likely).toBe(false);
  });

  it('tells a security lead which roles and permission would allow it, and what Graph may still allow', () => {
    const outlook = groupWriteOutlook(operator(ROLE_TEMPLATE.securityReader), 'create');
    expect(outlook).toMatchObject({ likely: false });
    const note = (outlook as { note: string }).note;
    expect(note).toContain('Groups Administrator');
    expect(note).toContain('Group.ReadWrite.All');
    expect(note).toContain('lets users create security groups');
    const fill = groupWriteOutlook(operator(ROLE_TEMPLATE.securityReader), 'fill') as { note: string };
    expect(fill.note).toContain('GroupMember.ReadWrite.All');
    expect(fill.note).toContain('own the group');
  });

  it('says the roles are unknown when they could not be read', () => {
    const outlook = groupWriteOutlook({ directoryWide: undefined, assignments: undefined }, 'fill');
    expect((outlook as { note: string }).note).toMatch(/could not be read/);
  });
});

describe('mailNicknameFor (group-post-groups.md: ASCII, no spaces or @ () \\ [] " ; : . <> ,)', () => {
  it('turns a display name into an alias Graph accepts', () => {
    expect(mailNicknameFor('SMS retirement: must register a passkey (1 Feb 2027)')).toBe(
      'SMS-retirement-must-register-a-passkey-1-Feb-2027',
    );
    expect(mailNicknameFor('Équipe café')).toBe('Equipe-cafe');
    expect(mailNicknameFor('***')).toBe('***');
    expect(mailNicknameFor('日本')).toBe('security-group');
    expect(mailNicknameFor('x'.repeat(100))).toHaveLength(64);
  });
});
