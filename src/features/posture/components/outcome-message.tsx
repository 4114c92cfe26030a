import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Deadline } from '../../../domain/posture/sms-voice/retirement-dates.ts';
import { outcomeMessage } from '../../../domain/posture/sms-voice/outcome-message.ts';
import type { RetirementOutcome } from '../../../domain/posture/sms-voice/retirement-outcome.ts';

/** A ready-to-send message for the cohort's users, with the date that applies to them, and a copy button. */
export function OutcomeMessage({
  outcome,
  dates,
}: {
  outcome: RetirementOutcome;
  dates: ReadonlySet<Deadline>;
}) {
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();
  const text = outcomeMessage(outcome, dates);
  if (!text) return null;
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <Box sx={{ mt: 2 }} data-testid="outcome-message">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="h3" sx={{ flexGrow: 1 }}>
          A message to send them
        </Typography>
        <Button size="small" startIcon={<ContentCopyOutlined />} onClick={() => void copy()}>
          Copy message
        </Button>
        <Typography variant="body2" color="text.secondary" role="status" data-testid="message-copied">
          {copied === 'yes'
            ? 'Copied'
            : copied === 'failed'
              ? 'The browser would not copy: select the text instead'
              : ''}
        </Typography>
      </Box>
      <Box
        component="pre"
        sx={{
          m: 0,
          mt: 1,
          p: 1.5,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          whiteSpace: 'pre-wrap',
          overflowWrap: 'break-word',
          typography: 'body2',
          fontFamily: 'inherit',
        }}
      >
        {text}
      </Box>
    </Box>
  );
}
