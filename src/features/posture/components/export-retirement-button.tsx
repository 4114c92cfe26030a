import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Button from '@mui/material/Button';
import { downloadFile } from '../../../lib/download-file.ts';
import type { RetirementUser } from '../../../domain/posture/sms-voice/retirement-summary.ts';
import { retirementCsv } from '../lib/retirement-csv.ts';

/** An outcome's users as CSV (UPN, name, date, outcome, phone types), from what the page holds: no Graph call. */
export function ExportRetirementButton({
  cohort,
  label,
  users,
}: {
  cohort: string;
  label: string;
  users: readonly RetirementUser[];
}) {
  return (
    <Button
      size="small"
      startIcon={<FileDownloadOutlined />}
      disabled={users.length === 0}
      aria-label={`Export ${label} as CSV`}
      data-testid={`export-${cohort}`}
      onClick={() =>
        downloadFile(
          new Blob([retirementCsv(users)], { type: 'text/csv;charset=utf-8' }),
          `sms-voice-retirement-${cohort}-${new Date().toISOString().slice(0, 10)}.csv`,
        )
      }
    >
      Export CSV
    </Button>
  );
}
