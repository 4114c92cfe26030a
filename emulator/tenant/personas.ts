import { ROLE } from './roles.ts';

/** Demo operators: each is a real user of the seeded tenant with the roles its label names. */
export interface Persona {
  id: string;
  label: string;
  displayName: string;
  alias: string;
  jobTitle: string;
  roles: string[];
  /** Built-in roles assigned at the Sales administrative unit's scope (delegation.ts). */
  salesUnitRoles?: string[];
  /** Holds the tenant's custom role (delegation.ts). */
  customRole?: boolean;
}

export const PERSONAS: readonly Persona[] = [
  {
    id: 'helpdesk',
    label: 'Helpdesk agent',
    displayName: 'Megan Bowen',
    alias: 'meganb',
    jobTitle: 'Service Desk Agent',
    roles: [ROLE.authenticationAdministrator],
  },
  {
    id: 'privileged-helpdesk',
    label: 'Privileged helpdesk',
    displayName: 'Pradeep Gupta',
    alias: 'pradeepg',
    jobTitle: 'Senior Service Desk Engineer',
    roles: [ROLE.privilegedAuthenticationAdministrator],
  },
  {
    id: 'security-lead',
    label: 'Security lead',
    displayName: 'Lidia Holloway',
    alias: 'lidiah',
    jobTitle: 'Security Lead',
    roles: [ROLE.securityReader, ROLE.reportsReader],
  },
  {
    id: 'global-reader',
    label: 'Global reader',
    displayName: 'Grady Archie',
    alias: 'gradya',
    jobTitle: 'IT Auditor',
    roles: [ROLE.globalReader],
  },
  {
    id: 'global-admin',
    label: 'Global admin',
    displayName: 'Adele Vance',
    alias: 'adelev',
    jobTitle: 'Identity Platform Owner',
    roles: [ROLE.globalAdministrator],
  },
  // Operators whose reach Entra's "Who can reset passwords" table decides (admin-targets.ts): each resets
  // passwords within its column and manages no other methods.
  {
    id: 'helpdesk-admin',
    label: 'Helpdesk administrator',
    displayName: 'Isaiah Langer',
    alias: 'isaiahl',
    jobTitle: 'Service Desk Lead',
    roles: [ROLE.helpdeskAdministrator],
  },
  {
    id: 'password-admin',
    label: 'Password administrator',
    displayName: 'Lynne Robbins',
    alias: 'lynner',
    jobTitle: 'Service Desk Agent',
    roles: [ROLE.passwordAdministrator],
  },
  {
    id: 'user-admin',
    label: 'User administrator',
    displayName: 'Johanna Lorenz',
    alias: 'johannal',
    jobTitle: 'Identity Administrator',
    roles: [ROLE.userAdministrator],
  },
  // Operators Entra scopes or customises (delegation.ts): both also read the directory, as such operators
  // usually do, so that they can read their own role assignments.
  {
    id: 'unit-helpdesk',
    label: 'Authentication administrator (Sales unit)',
    displayName: 'Alex Wilber',
    alias: 'alexw',
    jobTitle: 'Sales Support Lead',
    roles: [ROLE.directoryReaders],
    salesUnitRoles: [ROLE.authenticationAdministrator],
  },
  {
    id: 'custom-role',
    label: 'Custom-role operator',
    displayName: 'Diego Siciliani',
    alias: 'diegos',
    jobTitle: 'Support Technician',
    roles: [ROLE.directoryReaders],
    customRole: true,
  },
  {
    id: 'no-role',
    label: 'No-role member',
    displayName: 'Nestor Wilke',
    alias: 'nestorw',
    jobTitle: 'Accountant',
    roles: [],
  },
];

export function findPersona(idOrUpnOrAlias: string, domain: string): Persona | undefined {
  const key = idOrUpnOrAlias.trim().toLowerCase();
  return PERSONAS.find((p) => p.id === key || p.alias === key || `${p.alias}@${domain}` === key);
}

export function personaUpn(persona: Persona, domain: string): string {
  return `${persona.alias}@${domain}`;
}
