import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { RETIRED_REPORTS } from '../../../domain/reports/retired-reports.ts';
import { RetiredReportPanel } from './retired-report-panel.tsx';

/** The credential reports the product started from, kept in view as what they were, never as a source. */
export function RetiredReportsSection() {
  return (
    <Stack spacing={1.5} component="section" aria-labelledby="retired-reports-title">
      <Typography variant="h6" component="h2" id="retired-reports-title">
        Retired reports
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Microsoft has retired the credential reports this dashboard started from. The figures above come from
        their replacements; each retired report is described here, and asking Graph for one needs the
        Reports.Read.All permission, which the app asks for only then.
      </Typography>
      <Grid container spacing={2}>
        {RETIRED_REPORTS.map((report) => (
          <Grid key={report.name} size={{ xs: 12, md: 6 }}>
            <RetiredReportPanel report={report} />
          </Grid>
        ))}
      </Grid>
    </Stack>
  );
}
