import { describe, expect, it } from 'vitest';
import { ROLE_TEMPLATE } from '../../../../entra-facts/role-templates.ts';
import {
  smsVoiceFigures,
  summarizeSmsVoiceRetirement,
  type RetirementSources,
} from './retirement-summary.ts';

const GA = ROLE_TEMPLATE.globalAdministrator;
const row = (id: string, methods: string[], extra: Record<string, unknown> = {}) => ({
  id,
  userPrincipalName: `${id}@contoso.com`,
  userType: 'member',
  isAdmin: false,
  methodsRegistered: methods,
  ...extra,
});
const sources = (over: Partial<RetirementSources> = {}): RetirementSources => ({
  policy: {
    sms: { state: 'enabled', includeTargets: [{ id: 'all_users', targetType: 'group' }] },
    voice: {
      state: 'enabled',
      includeTargets: [{ id: 'centre', targetType: 'group' }],
      isOfficePhoneAllowed: true,
    },
  },
  groupMembers: new Map([['centre', new Set(['c1'])]]),
  activeRoles: new Map([['ga', [GA]]]),
  eligibleRoles: new Map([['pim', [GA]]]),
  tenantDomains: ['contoso.com'],
  ...over,
});

describe('summarizeSmsVoiceRetirement', () => {
  const rows = [
    row('m1', ['mobilePhone']),
    row('ga', ['mobilePhone', 'microsoftAuthenticatorPush'], { isAdmin: true }),
    row('pim', ['officePhone']),
    row('c1', ['officePhone', 'passKeyDeviceBound']),
    row('ext', ['mobilePhone'], {
      userType: 'guest',
      userPrincipalName: 'ext_fabrikam.com#EXT#@contoso.com',
    }),
  ];

  it('counts each user once by outcome, and by date those the retirement reaches', () => {
    const summary = summarizeSmsVoiceRetirement(rows, sources());
    expect(summary.counts).toMatchObject({
      mustRegisterPasskey: 2,
      losesPhoneKeepsMfa: 1,
      passkeyReady: 1,
      noPhoneToLose: 1,
    });
    expect(summary.byDeadline.july).toMatchObject({ losesPhoneKeepsMfa: 1, mustRegisterPasskey: 1 });
    expect(summary.byDeadline.february).toMatchObject({
      mustRegisterPasskey: 1,
      noPhoneToLose: 1,
      passkeyReady: 1,
    });
    expect(summary.policyAssumed).toBe(false);
  });

  it('puts an eligible-only Global Administrator on the earlier date, with the reason', () => {
    const pim = summarizeSmsVoiceRetirement(rows, sources()).users.find((u) => u.row.id === 'pim')!;
    expect(pim.deadline.deadline).toBe('february');
    expect(pim.deadline.note).toMatch(/Eligible/);
  });

  it('without the policy, says the outcomes assume SMS and voice for everyone; an unread group leaves scope unknown', () => {
    expect(summarizeSmsVoiceRetirement(rows, sources({ policy: undefined })).policyAssumed).toBe(true);
    // SMS reaches everyone: the unread voice group decides only for the office phone alone.
    const unread = summarizeSmsVoiceRetirement(rows, sources({ groupMembers: new Map() }));
    expect(unread.users.filter((u) => u.outcome.outcome === 'scopeUnknown').map((u) => u.row.id)).toEqual([
      'pim',
    ]);
    const voiceOnly = summarizeSmsVoiceRetirement(
      rows,
      sources({
        groupMembers: new Map(),
        policy: { voice: { state: 'enabled', includeTargets: [{ id: 'centre' }] } },
      }),
    );
    // Voice alone, through a group that could not be read: no one's scope is known.
    expect(voiceOnly.counts.scopeUnknown).toBe(rows.length);
  });

  it('keeps per date who loses SMS or voice, and keeps nothing when the scope was assumed or partly unknown', () => {
    const figures = smsVoiceFigures(summarizeSmsVoiceRetirement(rows, sources()))!;
    expect(figures).toMatchObject({ total: 5, february: 1, july: 2, notInScope: 0 });
    expect(
      smsVoiceFigures(summarizeSmsVoiceRetirement(rows, sources({ policy: undefined }))),
    ).toBeUndefined();
  });
});
