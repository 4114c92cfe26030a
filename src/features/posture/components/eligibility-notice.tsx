import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { GraphError } from '../../../lib/graph/graph-error.ts';

function explain(error: unknown): string {
  if (error instanceof GraphError && error.code === 'AadPremiumLicenseRequired')
    return 'The tenant has no Microsoft Entra ID P2 (Privileged Identity Management) licence, so there are no eligible assignments to read.';
  if (error instanceof GraphError && error.status === 403)
    return 'Reading PIM eligibility needs the Security Reader, Security Operator, Security Administrator, Global Reader or Privileged Role Administrator role and the RoleEligibilitySchedule.Read.Directory or RoleManagement.Read.Directory permission.';
  return error instanceof Error ? error.message : String(error);
}

/** PIM eligibility is a bonus: when Graph will not give it, the lens says so and counts active roles only. */
export function EligibilityNotice({ error }: { error: unknown }) {
  const graphError = error instanceof GraphError ? error : undefined;
  return (
    <Alert severity="info" data-testid="eligibility-unreadable" sx={{ overflowWrap: 'anywhere' }}>
      <AlertTitle>PIM-eligible assignments could not be read: counting active roles only</AlertTitle>
      {explain(error)} Admins who can elevate through PIM but hold no active role are missing from these
      numbers.
      {graphError && (
        <Typography component="p" variant="caption" sx={{ mt: 1, fontFamily: 'monospace' }}>
          {graphError.status > 0 && `HTTP ${graphError.status} · `}code {graphError.code}
          {graphError.requestId && ` · request-id ${graphError.requestId}`}
        </Typography>
      )}
    </Alert>
  );
}
