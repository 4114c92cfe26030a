// @vitest-environment jsdom
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { cleanup, render as renderBare, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadedOverviewCharts, loadOverviewCharts } from './load-overview-charts.ts';
import { LazyStrengthChart, LazyUsersByMethodChart } from './lazy-overview-charts.tsx';

vi.mock('./load-overview-charts.ts', () => ({ loadOverviewCharts: vi.fn(), loadedOverviewCharts: vi.fn() }));
const load = vi.mocked(loadOverviewCharts);
const loaded = vi.mocked(loadedOverviewCharts);

const charts = {
  StrengthChart: () => <p>strength chart</p>,
  UsersByMethodChart: ({ total }: { total: number }) => <p>method chart of {total}</p>,
} as unknown as Awaited<ReturnType<typeof loadOverviewCharts>>;

const theme = createTheme({ colorSchemes: { light: true, dark: true } });
const render = (ui: ReactElement) => renderBare(<ThemeProvider theme={theme}>{ui}</ThemeProvider>);

afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('the Overview charts, loaded beside the page', () => {
  it('hold their place with a skeleton, then draw once the charts arrive', async () => {
    load.mockResolvedValue(charts);
    render(<LazyUsersByMethodChart bars={[]} total={7} />);
    expect(screen.getByLabelText('Loading chart')).toBeInTheDocument();
    expect(await screen.findByText('method chart of 7')).toBeInTheDocument();
  });

  it('draw at once, without a placeholder, when the charts are already here', () => {
    loaded.mockReturnValue(charts);
    render(<LazyStrengthChart bars={[]} />);
    expect(screen.getByText('strength chart')).toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();
  });

  it('skip a parent re-render that hands them the same bars (a large scan re-renders the page per page)', () => {
    let renders = 0;
    loaded.mockReturnValue({
      ...charts,
      UsersByMethodChart: () => <p>render {++renders}</p>,
    } as unknown as typeof charts);
    const bars: never[] = [];
    const view = render(<LazyUsersByMethodChart bars={bars} total={7} />);
    view.rerender(
      <ThemeProvider theme={theme}>
        <LazyUsersByMethodChart bars={bars} total={7} />
      </ThemeProvider>,
    );
    expect(renders).toBe(1);
    view.rerender(
      <ThemeProvider theme={theme}>
        <LazyUsersByMethodChart bars={[]} total={7} />
      </ThemeProvider>,
    );
    expect(renders).toBe(2);
  });

  it('say what to do when the charts cannot be loaded', async () => {
    load.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    render(<LazyStrengthChart bars={[]} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/table view shows the same figures; reload/);
  });
});
