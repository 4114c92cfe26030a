import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { GraphMethod } from '../../../domain/auth-methods/graph-method.ts';
import { kindLabel } from '../../../domain/auth-methods/method-catalogue.ts';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { REPORT_ROLE_NAMES } from '../../../domain/session/report-access.ts';
import { formatCount, formatMoment } from '../../../lib/format.ts';
import { SIGN_IN_WINDOW_DAYS, signInUseQuery } from '../api/sign-in-use.ts';
import { signInUse, unusedKinds, type KindUse } from '../lib/sign-in-use.ts';
import { LogCard } from './log-card.tsx';

const ACCESS_HINT = `Reading the sign-in log needs the ${REPORT_ROLE_NAMES} role (or Security Operator), Entra ID P1 or P2, and the AuditLog.Read.All and Directory.Read.All permissions for this app.`;
const never = 'not in the log';

function KindRow({ use }: { use: KindUse }) {
  return (
    <Box
      component="li"
      data-testid="sign-in-use-kind"
      data-kind={use.kind}
      sx={{ py: 1, borderTop: 1, borderColor: 'divider', overflowWrap: 'anywhere' }}
    >
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'baseline' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {kindLabel(use.kind)}
        </Typography>
        {use.registered === false && <Chip size="small" variant="outlined" label="no longer registered" />}
        <Typography variant="body2" color="text.secondary">
          {formatCount(use.signIns)} sign-in{use.signIns === 1 ? '' : 's'}
        </Typography>
      </Stack>
      <Typography variant="body2" data-testid="sign-in-use-last">
        Signed in with it: {use.lastPrimary ? formatMoment(use.lastPrimary) : never} · As a second factor:{' '}
        {use.lastMfa ? formatMoment(use.lastMfa) : never}
      </Typography>
      {use.registered && (
        <Typography variant="body2" color="text.secondary">
          Graph’s “last used”: {use.graphLastUsed ? formatMoment(use.graphLastUsed) : 'not recorded'}
        </Typography>
      )}
    </Box>
  );
}

function Use({ userId, methods }: { userId: string; methods: readonly GraphMethod[] | undefined }) {
  const signIns = useQuery(signInUseQuery(userId));
  const use = useMemo(() => signIns.data && signInUse(signIns.data, methods), [signIns.data, methods]);
  if (signIns.isPending)
    return <Skeleton role="progressbar" variant="rounded" height={96} aria-label="Loading sign-in use" />;
  if (signIns.isError || !use)
    return (
      <GraphErrorAlert
        error={signIns.error}
        accessHint={ACCESS_HINT}
        onRetry={() => void signIns.refetch()}
      />
    );
  const unused = unusedKinds(use);
  return (
    <Stack spacing={1}>
      <Typography variant="body2" data-testid="sign-in-use-summary">
        {formatCount(use.signIns)} successful interactive sign-in{use.signIns === 1 ? '' : 's'} in the last{' '}
        {SIGN_IN_WINDOW_DAYS} days
        {use.failed > 0 &&
          `, and ${formatCount(use.failed)} that did not complete (a wrong password, a second factor that failed, or a sign-in interrupted to ask for more; not counted as uses)`}
        .
        {unused.length > 0 &&
          ` Registered but not used to sign in: ${unused.map((k) => kindLabel(k.kind)).join(', ')}.`}
      </Typography>
      <Box component="ul" aria-label="Sign-in use by method" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {use.kinds
          .filter((k) => k.kind !== 'email')
          .map((k) => (
            <KindRow key={k.kind} use={k} />
          ))}
      </Box>
      {!methods && (
        <Typography variant="body2" color="text.secondary" data-testid="sign-in-use-methods-unread">
          Your roles cannot read this user’s methods, so what they have registered is not compared with what
          they use.
        </Typography>
      )}
      {use.unknownSteps.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          The log also names methods this app does not know, not counted above: {use.unknownSteps.join(', ')}.
        </Typography>
      )}
      <Typography variant="caption" color="text.secondary">
        From the sign-in log’s authentication details (Microsoft Graph beta), kept {SIGN_IN_WINDOW_DAYS} days
        with Entra ID P1 or P2. Graph’s “last used” date is often empty or late; the log shows what was
        actually used.
      </Typography>
    </Stack>
  );
}

/** Which of the user's methods they actually sign in with, from the sign-in log, beside Graph's "last used". */
export function SignInUseCard({
  userId,
  methods,
}: {
  userId: string;
  /** Undefined where the operator's roles cannot read them. */
  methods: readonly GraphMethod[] | undefined;
}) {
  return (
    <LogCard
      title="Sign-in use"
      log="the sign-in log"
      intro="Which methods this user actually signs in with, and when each was last used, from the sign-in log."
      showLabel="Show use"
      testId="sign-in-use"
    >
      <Use userId={userId} methods={methods} />
    </LogCard>
  );
}
