import InfoOutlined from '@mui/icons-material/InfoOutlined';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DeferredTooltip } from '../../../components/deferred-tooltip.tsx';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const LAG =
  'Microsoft refreshes the registration reports in batches: a method a user registered or removed can take several hours to show here.';

/** The freshest report row's refresh time, with why it is not "now". */
export function ReportAsOf({ latestUpdate }: { latestUpdate: string | undefined }) {
  const date = latestUpdate ? new Date(latestUpdate) : undefined;
  // The line's room is kept until the first rows arrive, so the page below it does not jump down then.
  if (!latestUpdate || !date || Number.isNaN(date.getTime()))
    return (
      <Typography variant="body2" aria-hidden="true">
        {'\u00a0'}
      </Typography>
    );
  return (
    <DeferredTooltip title={LAG}>
      <Stack
        direction="row"
        spacing={0.5}
        tabIndex={0}
        aria-label={`Report as of ${dateTime.format(date)}. ${LAG}`}
        data-testid="report-as-of"
        sx={{ alignItems: 'center', color: 'text.secondary', width: 'fit-content', cursor: 'help' }}
      >
        <Typography variant="body2" component="span">
          Report as of <time dateTime={latestUpdate}>{dateTime.format(date)}</time>
        </Typography>
        <InfoOutlined fontSize="inherit" />
      </Stack>
    </DeferredTooltip>
  );
}
