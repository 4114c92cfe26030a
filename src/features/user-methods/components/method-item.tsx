import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';
import type { DefaultMark } from '../../../domain/auth-methods/default-method.ts';
import type { MethodDescription } from '../lib/method-details.ts';
import { FactList } from './fact-list.tsx';

const MARK_LABEL: Record<DefaultMark, string> = { default: 'Default', systemPreferred: 'System preferred' };

/** One method with what identifies it to a person, its dates and whether sign-in picks it first. */
export function MethodItem({
  method,
  marks,
  action,
  highlighted = false,
}: {
  method: MethodDescription;
  marks: DefaultMark[];
  /** The method a link pointed at: outlined, scrolled into view and focused once. */
  highlighted?: boolean;
  /** Delete / replace buttons, when the page offers them. */
  action?: ReactNode;
}) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!highlighted) return;
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.focus({ preventScroll: true });
  }, [highlighted]);
  return (
    <Box
      component="li"
      ref={ref}
      tabIndex={highlighted ? -1 : undefined}
      aria-current={highlighted ? 'true' : undefined}
      data-testid="method"
      data-method-id={method.id}
      data-method-kind={method.kind}
      data-highlighted={highlighted || undefined}
      sx={{
        listStyle: 'none',
        border: highlighted ? 2 : 1,
        borderColor: highlighted ? 'warning.main' : 'divider',
        borderRadius: 1,
        p: highlighted ? 'calc(12px - 1px)' : 1.5,
        minWidth: 0,
        outline: 'none',
      }}
    >
      {highlighted && (
        <Typography variant="caption" color="warning.main" component="p" sx={{ fontWeight: 600, mb: 0.5 }}>
          The method you followed a link to
        </Typography>
      )}
      <Stack
        direction="row"
        useFlexGap
        spacing={1}
        sx={{ alignItems: 'center', mb: 1, minWidth: 0, flexWrap: 'wrap' }}
      >
        <Typography
          component="h4"
          variant="subtitle1"
          dir="auto"
          sx={{
            fontWeight: 600,
            minWidth: 0,
            flex: '1 1 12rem',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
            unicodeBidi: 'isolate',
          }}
          data-testid="method-title"
        >
          {method.title}
        </Typography>
        {marks.map((mark) => (
          <Chip
            key={mark}
            label={MARK_LABEL[mark]}
            size="small"
            color={mark === 'default' ? 'primary' : 'secondary'}
            variant={mark === 'default' ? 'filled' : 'outlined'}
            data-testid={`mark-${mark}`}
          />
        ))}
        {action && (
          <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }}>
            {action}
          </Stack>
        )}
      </Stack>
      <FactList
        facts={[
          ...method.details,
          { label: method.createdLabel, value: method.created },
          { label: 'Last used', value: method.lastUsed },
        ]}
      />
    </Box>
  );
}
