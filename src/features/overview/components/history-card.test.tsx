// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSnapshots, readSnapshots } from '../../../lib/history/history-store.ts';
import { normaliseExclusions } from '../../../lib/scope/exclusions.ts';
import { HistoryCard } from './history-card.tsx';

const TENANT = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

function renderCard(sections?: Parameters<typeof HistoryCard>[0]['sections']) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ThemeProvider theme={createTheme({ colorSchemes: { light: true, dark: true } })}>
        <HistoryCard
          tenantId={TENANT}
          sections={sections}
          exclusions={normaliseExclusions({ guests: 'Guests are governed elsewhere' })}
        />
      </ThemeProvider>
    </QueryClientProvider>,
  );
}

afterEach(async () => {
  cleanup();
  await clearSnapshots(TENANT);
});

describe('HistoryCard', () => {
  it('says how history fills when there is none, and takes no snapshot before the figures are complete', async () => {
    renderCard(undefined);
    expect(await screen.findByText('No history yet')).toBeTruthy();
    expect(
      screen.getByText(/One snapshot a day when the Overview is opened; import a team member/),
    ).toBeTruthy();
    expect(await readSnapshots(TENANT)).toEqual([]);
  });

  it("stores today's snapshot with its exclusions once the figures are there, and says so", async () => {
    renderCard({ features: { total: 10, mfaCapable: 4 } });
    expect(await screen.findByText(/Today's snapshot was taken at/)).toBeTruthy();
    expect(screen.getByText('One day of history so far')).toBeTruthy();
    // The snapshot's exclusions are shown with the history.
    expect(screen.getByText(/Guests are governed elsewhere/)).toBeTruthy();
    const [stored] = await readSnapshots(TENANT);
    expect(stored?.sections).toEqual({ features: { total: 10, mfaCapable: 4 } });
    expect(stored?.exclusions.guests?.reason).toBe('Guests are governed elsewhere');
  });
});
