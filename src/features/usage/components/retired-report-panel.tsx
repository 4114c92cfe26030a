import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { formatCount } from '../../../lib/format.ts';
import type { RetiredAnswer, RetiredReport } from '../../../domain/reports/retired-reports.ts';
import { retiredReportQuery } from '../api/retired-report-answer.ts';
import { RETIRED_REPORT_ACCESS_HINT } from '../lib/usage-access-hint.ts';

const day = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

function stopped(report: RetiredReport): string {
  return report.stoppedOn
    ? `Microsoft's reference says it stopped returning data on ${day(report.stoppedOn)}.`
    : "Microsoft's reference gives no date for it; the reports beside it stopped returning data in 2024 and 2025.";
}

/** What Graph's answer means, in words: each retired form, and data still served. */
function answerText(report: RetiredReport, answer: RetiredAnswer): string {
  switch (answer.form) {
    case 'segmentNotFound':
      return `Graph no longer knows this report: it answered 400 "${answer.message}"`;
    case 'notFound':
      return `Graph answered 404: the report is gone.`;
    case 'empty':
      return 'Graph answered with no rows: the report has no data any more.';
    case 'stale':
      return `Graph answered with ${formatCount(answer.rows)} rows, the newest from ${day(answer.newest)}: history from before its data stopped, not the tenant today.`;
    case 'served':
      return `Graph still answered with ${formatCount(answer.rows)} rows${answer.newest ? `, the newest from ${day(answer.newest)}` : ''}. They may not be current: this page uses ${report.replacement} instead.`;
  }
}

function Answer({ report }: { report: RetiredReport }) {
  const query = useQuery(retiredReportQuery(report));
  if (query.isPending)
    return (
      <Skeleton
        role="progressbar"
        variant="rounded"
        height={40}
        aria-label={`Asking Graph for ${report.name}`}
      />
    );
  if (query.isError)
    return (
      <GraphErrorAlert
        error={query.error}
        accessHint={RETIRED_REPORT_ACCESS_HINT}
        onRetry={() => void query.refetch()}
      />
    );
  return (
    <Alert
      severity={query.data.form === 'served' ? 'warning' : 'info'}
      data-testid="retired-answer"
      data-form={query.data.form}
      sx={{ overflowWrap: 'anywhere' }}
    >
      {answerText(report, query.data)}
    </Alert>
  );
}

/**
 * One retired report: what it showed, when its data stopped and what replaced it. Graph is asked only when the
 * operator wants to see what it answers now (the only call that needs Reports.Read.All).
 */
export function RetiredReportPanel({ report }: { report: RetiredReport }) {
  const [asked, setAsked] = useState(false);
  const titleId = `retired-${report.name}`;
  return (
    <Card
      variant="outlined"
      sx={{ height: '100%' }}
      component="section"
      aria-labelledby={titleId}
      data-testid={`retired-report-${report.name}`}
    >
      <CardHeader
        title={report.name}
        subheader={`Retired · replaced by ${report.replacement}`}
        slotProps={{
          title: { id: titleId, component: 'h3', variant: 'subtitle1', sx: { overflowWrap: 'anywhere' } },
        }}
      />
      <CardContent sx={{ pt: 0 }}>
        <Typography variant="body2">{report.shows}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {stopped(report)}
        </Typography>
        {asked && (
          <div style={{ marginTop: 12 }}>
            <Answer report={report} />
          </div>
        )}
      </CardContent>
      {!asked && (
        <CardActions>
          <Button size="small" onClick={() => setAsked(true)} data-testid="retired-ask">
            Ask Graph what it answers now
          </Button>
        </CardActions>
      )}
    </Card>
  );
}
