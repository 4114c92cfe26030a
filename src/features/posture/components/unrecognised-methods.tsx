import Alert from '@mui/material/Alert';
import { formatCount } from '../../../lib/format.ts';
import { methodLabel } from '../../../domain/auth-methods/method-labels.ts';

/** Method strings this app does not know yet (Graph adds new ones): listed, never silently dropped. */
export function UnrecognisedMethods({
  methods,
  counted,
}: {
  methods: readonly { method: string; users: number }[];
  /** How the lens treated them, e.g. "not counted as strong". */
  counted: string;
}) {
  if (methods.length === 0) return null;
  return (
    <Alert severity="warning" data-testid="unrecognised-methods">
      {`Methods this dashboard does not recognise yet (${counted}): `}
      {methods
        .map((u) => `${methodLabel(u.method)} “${u.method}” (${formatCount(u.users)} users)`)
        .join('; ')}
      .
    </Alert>
  );
}
