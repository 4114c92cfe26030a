import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import type { BatchResult } from '../../../lib/graph/graph-batch.ts';
import { labelOfDefault } from '../lib/default-method-options.ts';
import { defaultMarks, type DefaultMark } from '../../../domain/auth-methods/default-method.ts';
import { humanise } from '../lib/format-values.ts';
import type { GraphMethod, SignInPreferencesResponse } from '../../../domain/auth-methods/graph-method.ts';
import { describeMethod, type MethodDescription } from '../lib/method-details.ts';
import { groupMethods, methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';
import { MethodItem } from './method-item.tsx';
import { aaguidNamesQuery } from '../../../domain/passkeys/aaguid-names.ts';
import { SectionCard } from './section-card.tsx';

const METHODS_HINT =
  "Reading another user's methods needs the Authentication Administrator, Privileged Authentication Administrator or Global Reader role.";

// The default dialog's wording where it has one; system-preferred values such as Fido2 fall back to Graph's name.
const methodLabel = (value: string) => labelOfDefault(value) ?? humanise(value);

function PreferenceLine({ preferences }: { preferences: BatchResult<SignInPreferencesResponse> }) {
  if (!preferences.ok)
    return (
      <Typography variant="body2" color="text.secondary">
        The default method could not be read ({preferences.error.code}).
      </Typography>
    );
  const p = preferences.data;
  const preferred = p.userPreferredMethodForSecondaryAuthentication;
  const systemPreferred = p.systemPreferredAuthenticationMethod;
  const parts = [
    `Default method: ${preferred ? methodLabel(preferred) : 'none set'}`,
    `system-preferred MFA ${p.isSystemPreferredAuthenticationMethodEnabled ? 'on' : p.isSystemPreferredAuthenticationMethodEnabled === false ? 'off' : 'unknown'}${systemPreferred ? ` (prefers ${methodLabel(systemPreferred)})` : ''}`,
  ];
  return (
    <Typography variant="body2" color="text.secondary" data-testid="sign-in-preferences">
      {parts.join(' · ')}
    </Typography>
  );
}

const withVerdict = (described: MethodDescription, verdict: string | undefined): MethodDescription =>
  verdict
    ? { ...described, details: [...described.details, { label: 'Passkey policy', value: verdict }] }
    : described;

/** Every registered method, grouped by kind, with the default and system-preferred ones marked. */
export function MethodsSection({
  methods,
  preferences,
  actionFor,
  passkeyVerdict,
}: {
  methods: BatchResult<{ value: GraphMethod[] }> | undefined;
  preferences: BatchResult<SignInPreferencesResponse> | undefined;
  /** The buttons beside one method (delete, replace), if the page offers them. */
  actionFor?: (method: GraphMethod, marks: DefaultMark[]) => ReactNode;
  /** What the passkey policy says of a passkey today, once known. */
  passkeyVerdict?: (method: GraphMethod) => string | undefined;
}) {
  // `?method=<id>`: a link from elsewhere (the hygiene findings) points at one method.
  const [searchParams] = useSearchParams();
  const highlighted = searchParams.get('method') ?? undefined;
  // Authenticator names for passkeys, loaded only for a user who has one.
  const hasPasskey = Boolean(methods?.ok && methods.data.value.some((m) => methodKindOf(m) === 'fido2'));
  const aaguidNames = useQuery({ ...aaguidNamesQuery(), enabled: hasPasskey });
  if (!methods)
    return (
      <SectionCard title="Authentication methods">
        <Stack spacing={1} aria-busy="true" aria-label="Loading methods">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} variant="rounded" height={72} />
          ))}
        </Stack>
      </SectionCard>
    );
  if (!methods.ok)
    return (
      <SectionCard title="Authentication methods">
        <div data-testid="methods-unreadable">
          <GraphErrorAlert error={methods.error} accessHint={METHODS_HINT} />
        </div>
      </SectionCard>
    );
  const list = methods.data.value;
  const marks = defaultMarks(list, preferences?.ok ? preferences.data : undefined);
  const groups = groupMethods(list);
  return (
    <SectionCard title={`Authentication methods (${list.length})`}>
      <Stack spacing={2.5}>
        {preferences && <PreferenceLine preferences={preferences} />}
        {groups.length === 0 && (
          <EmptyState title="No authentication methods">
            This user has registered nothing, not even a password (for example a passwordless-only guest).
          </EmptyState>
        )}
        {groups.map((group) => (
          <section key={group.kind} aria-label={group.label} data-testid={`group-${group.kind}`}>
            <Typography
              component="h3"
              variant="overline"
              color="text.secondary"
              sx={{ display: 'block', mb: 0.5 }}
            >
              {group.label} ({group.methods.length})
            </Typography>
            <Stack component="ul" spacing={1} sx={{ m: 0, p: 0 }}>
              {group.methods.map((method, i) => (
                <MethodItem
                  key={method.id ?? i}
                  method={withVerdict(
                    describeMethod(method, undefined, aaguidNames.data),
                    passkeyVerdict?.(method),
                  )}
                  marks={(method.id && marks.get(method.id)) || []}
                  highlighted={highlighted !== undefined && method.id === highlighted}
                  action={actionFor?.(method, (method.id && marks.get(method.id)) || [])}
                />
              ))}
            </Stack>
          </section>
        ))}
      </Stack>
    </SectionCard>
  );
}
