import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import type { ImportResult } from '../../../domain/history/use-history.ts';

const SHOWN_SKIPS = 10;

/** What an import took and what it skipped, with each skip's reason. */
export function HistoryImportResult({ result, onClose }: { result: ImportResult; onClose: () => void }) {
  if (!result.ok)
    return (
      <Alert severity="error" onClose={onClose} data-testid="history-import-result">
        Nothing was imported: {result.reason}
      </Alert>
    );
  const { added, replaced, alreadyHad, skipped } = result;
  return (
    <Alert
      severity={skipped.length ? 'warning' : 'success'}
      onClose={onClose}
      data-testid="history-import-result"
    >
      {`Imported ${added} new day${added === 1 ? '' : 's'}`}
      {replaced > 0 && `, ${replaced} replaced by an earlier snapshot of the same day`}
      {alreadyHad > 0 && `; ${alreadyHad} day${alreadyHad === 1 ? ' was' : 's were'} already here`}
      {skipped.length > 0 && `; ${skipped.length} skipped:`}
      {skipped.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5, overflowWrap: 'anywhere' }}>
          {skipped.slice(0, SHOWN_SKIPS).map((s) => (
            <li key={s.index}>{`#${s.index + 1}${s.day ? ` (${s.day})` : ''}: ${s.reason}`}</li>
          ))}
          {skipped.length > SHOWN_SKIPS && <li>{`and ${skipped.length - SHOWN_SKIPS} more`}</li>}
        </Box>
      )}
    </Alert>
  );
}
