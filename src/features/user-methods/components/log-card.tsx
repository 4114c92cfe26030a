import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { readsReports, REPORT_ROLE_NAMES } from '../../../domain/session/report-access.ts';
import { myDirectoryRolesQuery } from '../../../domain/session/signed-in-user-api.ts';
import { SectionCard } from './section-card.tsx';

interface Props {
  title: string;
  /** The log it reads, for the operator whose roles cannot: "the sign-in log". */
  log: string;
  /** What the card shows once asked, before it is. */
  intro: string;
  showLabel: string;
  /** Prefix of the card's test ids: `show-<id>`, `<id>-no-access`. */
  testId: string;
  children: ReactNode;
}

/**
 * A user-page card built on one of Entra's logs: read only when asked (each read spends the reports' budget,
 * and the page itself makes one request), and for an operator whose roles cannot read it, which would.
 */
export function LogCard({ title, log, intro, showLabel, testId, children }: Props) {
  const [shown, setShown] = useState(false);
  const roles = useQuery(myDirectoryRolesQuery());
  const mayRead = readsReports(roles.data);
  return (
    <SectionCard
      title={title}
      action={
        !shown && mayRead !== false ? (
          <Button onClick={() => setShown(true)} data-testid={`show-${testId}`}>
            {showLabel}
          </Button>
        ) : undefined
      }
    >
      {mayRead === false ? (
        <Typography variant="body2" color="text.secondary" data-testid={`${testId}-no-access`}>
          Your role cannot read {log}; it needs {REPORT_ROLE_NAMES}.
        </Typography>
      ) : shown ? (
        children
      ) : (
        <Typography variant="body2" color="text.secondary">
          {intro}
        </Typography>
      )}
    </SectionCard>
  );
}
