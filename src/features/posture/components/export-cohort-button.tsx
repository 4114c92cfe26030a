import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Button from '@mui/material/Button';
import { downloadFile } from '../../../lib/download-file.ts';
import type { RetirementCohort } from '../../../lib/posture/retirement-cohorts.ts';
import type { RegistrationScanRow } from '../../../lib/reports/registration-scan.ts';
import { upnCsv } from '../lib/cohort-csv.ts';

/** The cohort's UPNs as CSV, from the scan already in memory: no further Graph call. */
export function ExportCohortButton({
  cohort,
  label,
  rows,
}: {
  cohort: RetirementCohort;
  label: string;
  rows: readonly RegistrationScanRow[];
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
          `sms-voice-retirement-${cohort}-${new Date().toISOString().slice(0, 10)}.csv`,
        )
      }
    >
      Export CSV
    </Button>
  );
}
