/** What the activity reports let clients filter and sort on (docs/graph-notes.md §3.5–§3.10). */
import {
  FEATURE_TYPES,
  LEGACY_USAGE_AUTH_METHODS,
  USAGE_AUTH_METHODS,
  type FeatureType,
  type UsageAuthMethod,
} from '../../tenant/activity-model.ts';
import { ODataQueryError, type FilterNode, type FilterSchema } from '../odata/index.ts';

const FEATURE = { type: 'enum', ops: ['eq'], enumType: 'microsoft.graph.featureType' } as const;
const AUTH_METHOD = { type: 'enum', ops: ['eq'], enumType: 'microsoft.graph.usageAuthMethod' } as const;
const NAME = { type: 'string', ops: ['eq', 'startswith'] } as const;
const COUNT = { type: 'number', ops: ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] } as const;

/** userEventsSummary: `eq` on the event fields, `eq`/`startswith` on the names (§3.7). */
export const EVENT_FILTER_SCHEMA: FilterSchema = {
  feature: FEATURE,
  isSuccess: { type: 'boolean', ops: ['eq'] },
  failureReason: { type: 'string', ops: ['eq'] },
  authMethod: AUTH_METHOD,
  userDisplayName: NAME,
  userPrincipalName: NAME,
};

/** userCredentialUsageDetails also takes `startswith` on failureReason (§3.10). */
export const LEGACY_EVENT_FILTER_SCHEMA: FilterSchema = {
  ...EVENT_FILTER_SCHEMA,
  failureReason: NAME,
};

export const EVENT_ORDERBY = ['userDisplayName', 'userPrincipalName'] as const;
/** The legacy page lists `orderby` among isSuccess's operators. */
export const LEGACY_EVENT_ORDERBY = [...EVENT_ORDERBY, 'isSuccess'] as const;

export const EVENT_PROPERTIES = [
  'id',
  'feature',
  'userPrincipalName',
  'userDisplayName',
  'isSuccess',
  'authMethod',
  'failureReason',
  'eventDateTime',
] as const;

/** userRegistrationActivity marks every property filterable (§3.5); getCredentialUsageSummary only `feature`. */
export const SUMMARY_FILTER_SCHEMA: FilterSchema = {
  feature: FEATURE,
  authMethod: AUTH_METHOD,
  successfulActivityCount: COUNT,
  failureActivityCount: COUNT,
};
export const LEGACY_SUMMARY_FILTER_SCHEMA: FilterSchema = { feature: FEATURE };

export const CREDENTIAL_REGISTRATION_FILTER_SCHEMA: FilterSchema = {
  userDisplayName: NAME,
  userPrincipalName: NAME,
  authMethods: { type: 'stringCollection', ops: ['any', 'eq'] },
  isRegistered: { type: 'boolean', ops: ['eq'] },
  isEnabled: { type: 'boolean', ops: ['eq'] },
  isCapable: { type: 'boolean', ops: ['eq'] },
  isMfaRegistered: { type: 'boolean', ops: ['eq'] },
};
export const CREDENTIAL_REGISTRATION_ORDERBY = [
  'userDisplayName',
  'userPrincipalName',
  'isRegistered',
  'isEnabled',
  'isCapable',
  'isMfaRegistered',
] as const;

const SSPR_METHODS = [
  'email',
  'mobileSMS',
  'mobileCall',
  'officePhone',
  'alternateMobileCall',
  'securityQuestion',
  'appNotification',
  'appCode',
] as const satisfies readonly UsageAuthMethod[];

/**
 * The rows userRegistrationActivity always lists, zeros included, as the docs' sample does:
 * registration for every method users register, reset for the ones SSPR accepts.
 */
export const ACTIVITY_GRID: readonly (readonly [FeatureType, UsageAuthMethod])[] = [
  ...(
    [
      ...SSPR_METHODS,
      'microsoftAuthenticatorPasswordless',
      'fido2SecurityKey',
      'passKeyDeviceBound',
      'passKeyDeviceBoundAuthenticator',
      'passKeyDeviceBoundWindowsHello',
      'passKeySynced',
      'windowsHelloForBusiness',
      'macOsSecureEnclaveKey',
      'externalAuthMethod',
    ] as const
  ).map((m) => ['registration', m] as const),
  ...SSPR_METHODS.map((m) => ['reset', m] as const),
];

/** The retired getCredentialUsageSummary only knows the members that predate the evolvable ones. */
export const LEGACY_ACTIVITY_GRID = ACTIVITY_GRID.filter(([, m]) =>
  (LEGACY_USAGE_AUTH_METHODS as readonly string[]).includes(m),
);

const ENUM_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  feature: [...FEATURE_TYPES, 'unknownFutureValue'],
  authmethod: USAGE_AUTH_METHODS,
};

/** OData refuses an enum literal that is not a member, e.g. `feature eq 'signIn'`. */
export function checkEnumLiterals(node: FilterNode): void {
  switch (node.type) {
    case 'comparison': {
      const members =
        node.subject.type === 'property'
          ? ENUM_MEMBERS[node.subject.path.join('/').toLowerCase()]
          : undefined;
      const { literal } = node;
      if (members && (literal.kind === 'string' || literal.kind === 'enum')) {
        if (!members.some((m) => m.toLowerCase() === literal.value.toLowerCase()))
          throw new ODataQueryError(
            `The string '${literal.value}' is not a valid enumeration type constant.`,
          );
      }
      return;
    }
    case 'and':
    case 'or':
      checkEnumLiterals(node.left);
      checkEnumLiterals(node.right);
      return;
    case 'not':
      checkEnumLiterals(node.operand);
      return;
    case 'lambda':
      if (node.predicate) checkEnumLiterals(node.predicate);
      return;
    case 'function':
      return;
  }
}
