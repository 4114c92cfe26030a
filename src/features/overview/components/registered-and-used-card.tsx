import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo, type ReactNode } from 'react';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { useSignInScan } from '../../../domain/sign-ins/sign-in-scan.ts';
import { SignInScanControls, signInScanBasis } from '../../../domain/sign-ins/sign-in-scan-controls.tsx';
import { TitledCard } from '../../../components/titled-card.tsx';
import { formatCount, formatShare } from '../../../lib/format.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { registeredAndUsed } from '../lib/registered-and-used.ts';
import { registeredAndUsedCsv } from '../lib/registered-and-used-csv.ts';

interface Props {
  /** The registration report's rows in view (after exclusions); undefined while the report is read. */
  rows: readonly RegistrationScanRow[] | undefined;
  note?: ReactNode;
}

/**
 * Methods registered beside methods used for MFA, per family: the registration report says what people have,
 * the sign-in log what they sign in with. The log is read on demand (one request per 1,000 sign-ins).
 */
export function RegisteredAndUsedCard({ rows, note }: Props) {
  const scan = useSignInScan();
  const counted = scan.status !== 'idle' && scan.revision > 0;
  const table = useMemo(
    () => (counted && rows ? registeredAndUsed(rows, scan.usage) : undefined),
    // The usage map grows in place (copying it per page would cost a large tenant dearly); its revision says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [counted, rows, scan.usage, scan.revision],
  );
  return (
    <TitledCard
      title="Registered and used"
      intro={
        <>
          How many users have each method, and how many actually used it for multifactor authentication, from
          the sign-in log.
        </>
      }
    >
      {note}
      <SignInScanControls scan={scan} />
      {counted && !rows && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          Waiting for the registration report to compare with.
        </Typography>
      )}
      {table && (
        <>
          <Typography variant="body2" sx={{ mt: 2 }} data-testid="registered-used-basis">
            {scan.status === 'done' ? 'Sign-ins of ' : 'So far, sign-ins of '}
            {signInScanBasis(scan)}.
          </Typography>
          {scan.status === 'done' && rows && (
            <div>
              <Button
                size="small"
                startIcon={<FileDownloadOutlined />}
                disabled={rows.length === 0}
                data-testid="export-registered-used"
                onClick={() =>
                  downloadFile(
                    new Blob([registeredAndUsedCsv(rows, scan.usage)], { type: 'text/csv;charset=utf-8' }),
                    `registered-and-used-${scan.days}d-${new Date(scan.until).toISOString().slice(0, 10)}.csv`,
                  )
                }
              >
                Export per user (CSV)
              </Button>
            </div>
          )}
          <Box
            component="ul"
            aria-label="Methods registered and used for MFA"
            sx={{ listStyle: 'none', m: 0, p: 0 }}
          >
            {table.map((row) => (
              <Box
                component="li"
                key={row.kind}
                data-kind={row.kind}
                data-testid="registered-used-row"
                sx={{ py: 1, borderTop: 1, borderColor: 'divider', overflowWrap: 'anywhere' }}
              >
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {row.label}
                </Typography>
                <Typography variant="body2">
                  {formatCount(row.registered)} registered ·{' '}
                  <span data-testid="used-for-mfa">{formatCount(row.used)}</span> used for MFA
                  {row.registered > 0 &&
                    ` · ${formatShare(row.registeredAndUsed / row.registered)} of those who registered it used it`}
                </Typography>
              </Box>
            ))}
          </Box>
        </>
      )}
    </TitledCard>
  );
}
