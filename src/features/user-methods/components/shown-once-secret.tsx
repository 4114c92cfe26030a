import ContentCopy from '@mui/icons-material/ContentCopy';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';

/**
 * A pass or password shown exactly once. The value lives in the parent's state only: it is gone
 * when the dialog unmounts, and nothing here logs, stores or routes it.
 */
export function ShownOnceSecret({
  label,
  value,
  recipient,
}: {
  label: string;
  value: string;
  recipient: string;
}) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const labelId = useId();
  const copyValue = () =>
    navigator.clipboard.writeText(value).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  return (
    <Stack spacing={1.5}>
      <Alert severity="warning" data-testid="shown-once-warning">
        This {label.toLowerCase()} will not be shown again. Copy it now and give it to {recipient} only after
        you have verified who they are.
      </Alert>
      <Typography id={labelId} variant="subtitle2">
        {label}
      </Typography>
      <Box
        aria-labelledby={labelId}
        role="group"
        data-testid="secret-value"
        sx={{
          fontFamily: 'monospace',
          fontSize: '1.5rem',
          letterSpacing: '0.08em',
          p: 1.5,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: 'action.hover',
          overflowWrap: 'anywhere',
          userSelect: 'all',
        }}
      >
        {value}
      </Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" startIcon={<ContentCopy />} onClick={() => void copyValue()}>
          Copy
        </Button>
        <Typography role="status" variant="body2" color="text.secondary">
          {copy === 'copied'
            ? 'Copied to the clipboard.'
            : copy === 'failed'
              ? 'Copy failed: select the text and copy it.'
              : ''}
        </Typography>
      </Stack>
    </Stack>
  );
}
