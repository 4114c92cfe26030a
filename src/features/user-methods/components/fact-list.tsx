import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label/value pairs as a definition list that reflows into columns; long values wrap anywhere. */
export function FactList({ facts, minColumn = 140 }: { facts: Fact[]; minColumn?: number }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: `repeat(auto-fill, minmax(${minColumn}px, 1fr))`,
        gap: 1.5,
        m: 0,
      }}
    >
      {facts.map((fact) => (
        <Box key={fact.label} sx={{ minWidth: 0 }}>
          <Box component="dt" sx={{ typography: 'caption', color: 'text.secondary' }}>
            {fact.label}
          </Box>
          <Box
            component="dd"
            dir="auto"
            sx={{ typography: 'body2', m: 0, overflowWrap: 'anywhere', unicodeBidi: 'isolate' }}
          >
            {fact.value}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
