import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface ExclusionLine {
  label: string;
  reason: string;
}

interface Props {
  lines: readonly ExclusionLine[];
  /** Said before the list, e.g. "Not counted" or "Snapshots left out". */
  lead?: string;
  /** An extra sentence after the list (e.g. that exclusions changed over time). */
  extra?: string;
}

/** Who a chart leaves out and why, in plain text beside the chart (no tooltip needed to learn it). */
export function ExclusionNote({ lines, lead = 'Not counted', extra }: Props) {
  if (lines.length === 0 && !extra) return null;
  return (
    <Box
      data-testid="exclusion-note"
      sx={{ mb: 1.5, px: 1.5, py: 1, borderLeft: 3, borderColor: 'warning.main', bgcolor: 'action.hover' }}
    >
      {lines.length > 0 && (
        <>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {lead}:
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {lines.map((line) => (
              <Typography
                key={line.label}
                component="li"
                variant="body2"
                sx={{ overflowWrap: 'anywhere' }}
                data-testid="exclusion-line"
              >
                <strong>{line.label}</strong> — {line.reason}
              </Typography>
            ))}
          </Box>
        </>
      )}
      {extra && (
        <Typography variant="body2" color="text.secondary">
          {extra}
        </Typography>
      )}
    </Box>
  );
}
