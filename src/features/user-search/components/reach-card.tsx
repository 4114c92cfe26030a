import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { ChartCard } from '../../../components/chart-card.tsx';
import { useOperatorRoles } from '../../../domain/session/use-operator-roles.ts';
import { reachLines } from '../lib/operator-reach.ts';

/**
 * What the operator may do, and on whom, from the roles the app reads and Entra's rules: told before the
 * first call, not learnt from refusals. The exceptions every role meets close the card.
 */
export function ReachCard() {
  const { pending, operator } = useOperatorRoles();
  const lines = reachLines(operator);
  const assignments = operator.assignments;
  return (
    <ChartCard title="What you may do">
      {pending ? (
        <Skeleton role="progressbar" variant="rounded" height={72} aria-label="Reading your roles" />
      ) : !operator.directoryWide ? (
        <Alert severity="warning">
          Your roles could not be read, so the app cannot say what you may do: each action is offered, and
          Graph decides.
        </Alert>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 1 }} data-testid="reach-lines">
          {lines.length === 0 && (
            <Typography component="li" data-testid="reach-none">
              Look users up and see their methods. Changing methods needs an Authentication Administrator or
              Privileged Authentication Administrator role; resetting a password, a Password, Helpdesk or User
              Administrator role too.
            </Typography>
          )}
          {lines.map((line) => (
            <Typography component="li" key={`${line.role}-${line.unit ?? ''}`} data-testid="reach-line">
              <strong>
                {line.role}
                {line.unit ? ` in ${line.unit}` : ''}
              </strong>
              : {line.can}, for {line.on}.
            </Typography>
          ))}
        </Box>
      )}
      {assignments?.known === false && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          Roles scoped to administrative units and custom roles could not be read ({assignments.reason});
          Graph decides for those.
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
        Whatever the role: members of a restricted management administrative unit are reached only by that
        unit’s own administrators, and members of role-assignable groups only by a Privileged Authentication
        or Global Administrator.
      </Typography>
    </ChartCard>
  );
}
