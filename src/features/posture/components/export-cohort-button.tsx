import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Button from '@mui/material/Button';
import { downloadFile } from '../../../lib/download-file.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { upnCsv } from '../lib/cohort-csv.ts';

/** The cohort's UPNs as CSV, from the scan already in memory: no further Graph call. */
export function ExportCohortButton({
  cohort,
  label,
  rows,
  filePrefix = 'sms-voice-retirement',
}: {
  /** Names the file and the test id. */
  cohort: string;
  label: string;
  rows: readonly RegistrationScanRow[];
  filePrefix?: string;
}) {
  return (
    <Button
      size="small"
      startIcon={<FileDownloadOutlined />}
      disabled={rows.length === 0}
      aria-label={`Export ${label} as CSV of user principal names`}
      data-testid={`export-${cohort}`}
      onClick={() =>
        downloadFile(
          new Blob([upnCsv(rows)], { type: 'text/csv;charset=utf-8' }),
          `${filePrefix}-${cohort}-${new Date().toISOString().slice(0, 10)}.csv`,
        )
      }
    >
      Export CSV
    </Button>
  );
}
