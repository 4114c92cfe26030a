import {
  methodsForProfile,
  METHOD_PROFILES,
  temporaryAccessPass,
  type MethodContext,
  type MethodProfile,
} from './generate-methods.ts';
import {
  DEPARTMENTS,
  GIVEN_NAMES,
  GUEST_DOMAINS,
  HOSTILE_NAMES,
  JOB_TITLES,
  OFFICES,
  SURNAMES,
} from './names.ts';
import { generateConditionalAccess } from './conditional-access.ts';
import { seedWindowsPasskeys } from './windows-passkeys.ts';
import { HOSTILE_USERS, nameHostileMethods } from './hostile-users.ts';
import { addLeftoverRegistrations } from './re-registrations.ts';
import { indexTenantUsers, type Tenant, type TenantUser } from './model.ts';
import { generateDelegation } from './delegation.ts';
import { generatePhonePolicy, makeInternalGuests } from './phone-policy.ts';
import { PERSONAS, personaUpn } from './personas.ts';
import { createRandom, type Random } from './random.ts';
import { ROLE, ROLE_NAMES } from './roles.ts';

export interface TenantOptions {
  users: number;
  seed: string;
  now: number;
  domain?: string;
  /** Hostile strings in names, device names and failure reasons, and the hostile users (default true). */
  hostile?: boolean;
}

const DAY = 86_400_000;

// Roles handed to generated admins, weighted the way real tenants skew (few global admins, more helpdesk).
const ADMIN_ROLES = [
  [ROLE.globalAdministrator, 2],
  [ROLE.helpdeskAdministrator, 5],
  [ROLE.userAdministrator, 4],
  [ROLE.securityAdministrator, 2],
  [ROLE.exchangeAdministrator, 2],
  [ROLE.sharePointAdministrator, 2],
  [ROLE.authenticationAdministrator, 3],
  [ROLE.passwordAdministrator, 2],
  [ROLE.reportsReader, 3],
  [ROLE.securityReader, 2],
  [ROLE.globalReader, 2],
  [ROLE.conditionalAccessAdministrator, 1],
  [ROLE.billingAdministrator, 1],
  [ROLE.privilegedRoleAdministrator, 1],
] as const;

// Admins skew toward stronger methods, but some still have only SMS or nothing: a real finding.
const ADMIN_PROFILES: readonly (readonly [MethodProfile, number])[] = [
  ['securityKey', 20],
  ['authenticatorPasskey', 15],
  ['windowsHello', 20],
  ['authenticatorAndPhone', 25],
  ['smsOnly', 10],
  ['passwordOnly', 5],
  ['everything', 5],
];

const GUEST_PROFILES: readonly (readonly [MethodProfile, number])[] = [
  ['passwordOnly', 55],
  ['authenticatorOnly', 20],
  ['smsOnly', 20],
  ['emailOnly', 5],
];

function asciiAlias(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

interface Draft {
  given: string | null;
  surname: string | null;
  displayName: string;
  alias: string;
}

function draftName(rng: Random, index: number, hostileAt: Map<number, string>): Draft {
  const hostile = hostileAt.get(index);
  if (hostile !== undefined)
    return { given: null, surname: null, displayName: hostile, alias: `user${index}` };
  const given = rng.pick(GIVEN_NAMES);
  const surname = rng.pick(SURNAMES);
  return {
    given,
    surname,
    displayName: `${given} ${surname}`,
    alias: `${asciiAlias(given)}.${asciiAlias(surname)}`,
  };
}

/** Builds a deterministic tenant: the same seed and size always give the same users and methods. */
export function generateTenant(options: TenantOptions): Tenant {
  const { users: count, seed, now } = options;
  const hostile = options.hostile ?? true;
  const domain = options.domain ?? 'contoso.onmicrosoft.com';
  const rng = createRandom(seed);
  const tenantId = rng.guid();
  let deviceCalls = 0;
  const ctx: MethodContext = {
    rng,
    now,
    phonePool: [],
    hostileDeviceName: () => {
      deviceCalls++;
      return hostile && deviceCalls % 97 === 13 ? HOSTILE_NAMES[(deviceCalls >> 3) % 9] : undefined;
    },
  };
  const directoryRoleIds = new Map(Object.keys(ROLE_NAMES).map((templateId) => [templateId, rng.guid()]));
  const usedAliases = new Set<string>();
  const uniqueAlias = (alias: string): string => {
    let candidate = alias;
    for (let n = 2; usedAliases.has(candidate); n++) candidate = `${alias}${n}`;
    usedAliases.add(candidate);
    return candidate;
  };

  const users: TenantUser[] = [];
  const newUser = (draft: Draft, fields: Partial<TenantUser>): TenantUser => {
    const alias = uniqueAlias(draft.alias);
    return {
      id: rng.guid(),
      displayName: draft.displayName,
      givenName: draft.given,
      surname: draft.surname,
      userPrincipalName: `${alias}@${domain}`,
      mail: `${alias}@${domain}`,
      jobTitle: rng.pick(JOB_TITLES),
      department: rng.pick(DEPARTMENTS),
      officeLocation: rng.pick(OFFICES),
      mobilePhone: null,
      businessPhones: [],
      preferredLanguage: 'en-US',
      userType: 'member',
      accountEnabled: true,
      createdDateTime: new Date(now - rng.int(30, 2500) * DAY).toISOString(),
      roles: [],
      ssprTargeted: rng.chance(0.9),
      securityQuestions: rng.chance(0.04),
      methods: [],
      defaultMethod: 'none',
      version: 0,
      ...fields,
    };
  };

  for (const persona of PERSONAS) {
    const [given = '', surname = ''] = persona.displayName.split(' ');
    usedAliases.add(persona.alias);
    const user = newUser(
      { given, surname, displayName: persona.displayName, alias: persona.alias },
      {
        userPrincipalName: personaUpn(persona, domain),
        mail: personaUpn(persona, domain),
        jobTitle: persona.jobTitle,
        department: 'IT',
        roles: [...persona.roles],
        ssprTargeted: true,
      },
    );
    Object.assign(
      user,
      methodsForProfile(
        ctx,
        persona.roles.length ? 'securityKey' : 'authenticatorAndPhone',
        `${persona.alias}@outlook.com`,
      ),
    );
    users.push(user);
  }

  const generated = Math.max(0, count - PERSONAS.length);
  const hostileAt = new Map<number, string>();
  const withHostileUsers = hostile && generated >= HOSTILE_NAMES.length * 4;
  if (withHostileUsers) {
    const step = Math.floor(generated / HOSTILE_NAMES.length);
    HOSTILE_NAMES.forEach((name, k) => hostileAt.set(3 + k * step, name));
  }
  // The hostile users take the last places: everyone before them is generated exactly as without them.
  const regular = withHostileUsers ? generated - HOSTILE_USERS.length : generated;
  for (let i = 0; i < regular; i++) {
    const draft = draftName(rng, i, hostileAt);
    const isGuest = rng.chance(0.08);
    if (isGuest) {
      const guestDomain = rng.pick(GUEST_DOMAINS);
      const external = `${draft.alias}@${guestDomain}`;
      const user = newUser(draft, {
        userType: 'guest',
        mail: external,
        jobTitle: null,
        department: null,
        officeLocation: null,
        ssprTargeted: false,
        securityQuestions: false,
      });
      user.userPrincipalName = `${draft.alias}_${guestDomain}#EXT#@${domain}`;
      const generatedMethods = methodsForProfile(ctx, rng.weighted(GUEST_PROFILES), external);
      // Guests authenticate with their home identity: no password in this tenant.
      user.methods = generatedMethods.methods.filter((m) => m.kind !== 'password');
      user.defaultMethod = generatedMethods.defaultMethod;
      users.push(user);
      continue;
    }
    const isAdmin = rng.chance(0.02);
    const roles = isAdmin ? [rng.weighted(ADMIN_ROLES)] : [];
    if (isAdmin && rng.chance(0.15)) roles.push(rng.weighted(ADMIN_ROLES));
    const user = newUser(draft, { roles: [...new Set(roles)], accountEnabled: !rng.chance(0.03) });
    const profile = isAdmin ? rng.weighted(ADMIN_PROFILES) : rng.weighted(METHOD_PROFILES);
    Object.assign(user, methodsForProfile(ctx, profile, `${draft.alias}@outlook.com`));
    if (rng.chance(0.005)) user.methods.push(temporaryAccessPass(ctx));
    users.push(user);
  }

  if (withHostileUsers)
    for (const hostile of HOSTILE_USERS) {
      const user = newUser(
        { given: null, surname: null, displayName: hostile.displayName, alias: hostile.alias },
        {},
      );
      Object.assign(user, methodsForProfile(ctx, 'everything', `${hostile.alias}@outlook.com`));
      nameHostileMethods(user.methods, hostile.deviceNames);
      users.push(user);
    }

  addLeftoverRegistrations(users, now);
  makeInternalGuests(users, seed, domain);

  const tenant: Tenant = {
    id: tenantId,
    displayName: 'Contoso (demo)',
    domain,
    seed,
    users,
    usersById: new Map(),
    usersByUpn: new Map(),
    directoryRoleIds,
    policy: {
      tap: {
        state: 'enabled',
        defaultLifetimeInMinutes: 60,
        defaultLength: 8,
        minimumLifetimeInMinutes: 60,
        maximumLifetimeInMinutes: 480,
        isUsableOnce: false,
      },
      // Voice calls to office phones are off in this tenant's policy: registered is not always capable.
      disabledMethods: new Set(['officePhone']),
      ssprMethodsRequired: 1,
      adminSsprMethodsRequired: 2,
      systemPreferredEnabled: true,
    },
    tier: 'p2',
    reportLagMs: 0,
    generatedAt: new Date(now - 3 * 3_600_000).toISOString(),
    delegation: generateDelegation(users, seed),
    hostile,
    phonePolicy: generatePhonePolicy(users, seed, true),
    conditionalAccess: [],
  };
  tenant.conditionalAccess = generateConditionalAccess(tenant.phonePolicy, seed, now);
  seedWindowsPasskeys(users, tenant.phonePolicy, seed, now);
  indexTenantUsers(tenant);
  return tenant;
}
