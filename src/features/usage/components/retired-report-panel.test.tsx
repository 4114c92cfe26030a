// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { RETIRED_REPORTS } from '../../../domain/reports/retired-reports.ts';
import { RetiredReportPanel } from './retired-report-panel.tsx';

vi.mock('../../../lib/graph/graph-client.ts', () => ({ graphGet: vi.fn() }));
const get = vi.mocked(graphGet);
const details = RETIRED_REPORTS.find((r) => r.name === 'userCredentialUsageDetails')!;

function renderPanel() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RetiredReportPanel report={details} />
    </QueryClientProvider>,
  );
}

describe('RetiredReportPanel', () => {
  beforeEach(() => void get.mockReset());
  afterEach(cleanup);

  it('describes the report, its stop date and replacement, and asks Graph nothing until told', () => {
    renderPanel();
    const panel = screen.getByTestId('retired-report-userCredentialUsageDetails');
    expect(panel).toHaveTextContent('Retired · replaced by userEventsSummary');
    expect(panel).toHaveTextContent('stopped returning data on August 1, 2025');
    expect(get).not.toHaveBeenCalled();
  });

  const segmentGone = () =>
    new GraphError({
      status: 400,
      code: 'BadRequest',
      message: "Resource not found for the segment 'userCredentialUsageDetails'.",
    });
  const CASES: [string, { fails?: () => GraphError; rows?: object[] }, string][] = [
    ['segmentNotFound', { fails: segmentGone }, 'Graph no longer knows this report'],
    [
      'notFound',
      { fails: () => new GraphError({ status: 404, code: 'NotFound', message: 'x' }) },
      'Graph answered 404',
    ],
    ['empty', { rows: [] }, 'no rows'],
    ['stale', { rows: [{ eventDateTime: '2025-07-01T00:00:00Z' }] }, 'history from before its data stopped'],
    ['served', { rows: [{ eventDateTime: '2026-12-01T00:00:00Z' }] }, 'They may not be current'],
  ];
  it.each(CASES)('says what a %s answer means', async (form, answer, text) => {
    const fails = answer.fails;
    if (fails)
      get.mockImplementation(async () => {
        throw fails();
      });
    else get.mockResolvedValue({ value: answer.rows });
    renderPanel();
    await userEvent.click(screen.getByTestId('retired-ask'));
    const said = await screen.findByTestId('retired-answer');
    expect(said).toHaveAttribute('data-form', form);
    expect(said).toHaveTextContent(text);
    expect(get.mock.calls[0]?.[0]).toBe('/reports/userCredentialUsageDetails');
    expect(get.mock.calls[0]?.[1]).toMatchObject({ version: 'beta', scopes: ['Reports.Read.All'] });
  });

  it('reports a refusal with the permission and roles that would allow it', async () => {
    get.mockRejectedValue(
      new GraphError({ status: 403, code: 'Authorization_RequestDenied', message: 'no' }),
    );
    renderPanel();
    await userEvent.click(screen.getByTestId('retired-ask'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Reports.Read.All');
  });
});
