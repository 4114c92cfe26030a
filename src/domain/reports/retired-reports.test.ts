import { describe, expect, it } from 'vitest';
import { GraphError } from '../../lib/graph/graph-error.ts';
import { RETIRED_REPORTS, retiredFormOfError, retiredFormOfRows } from './retired-reports.ts';

const details = RETIRED_REPORTS.find((r) => r.name === 'userCredentialUsageDetails')!;
const count = RETIRED_REPORTS.find((r) => r.name === 'getCredentialUserRegistrationCount')!;
const error = (status: number, code: string, message: string) => new GraphError({ status, code, message });

describe('retired report answers', () => {
  it('reads 400 "Resource not found for the segment" and 404 as a retired path', () => {
    expect(
      retiredFormOfError(
        error(400, 'BadRequest', "Resource not found for the segment 'userCredentialUsageDetails'."),
      ),
    ).toEqual({
      form: 'segmentNotFound',
      message: "Resource not found for the segment 'userCredentialUsageDetails'.",
    });
    expect(retiredFormOfError(error(404, 'ResourceNotFound', 'gone'))).toEqual({
      form: 'notFound',
      message: 'gone',
    });
  });

  it('leaves other failures to be reported as they are', () => {
    expect(retiredFormOfError(error(400, 'BadRequest', 'Invalid filter clause'))).toBeUndefined();
    expect(retiredFormOfError(error(403, 'Authorization_RequestDenied', 'no'))).toBeUndefined();
    expect(retiredFormOfError(new Error('network'))).toBeUndefined();
  });

  it('reads an empty 200 as a report with no data', () => {
    expect(retiredFormOfRows(details, [])).toEqual({ form: 'empty' });
  });

  it('tells rows from before the stop (stale) from rows still served', () => {
    expect(
      retiredFormOfRows(details, [
        { eventDateTime: '2025-07-30T10:00:00Z' },
        { eventDateTime: '2025-06-01T00:00:00Z' },
      ]),
    ).toEqual({
      form: 'stale',
      rows: 2,
      newest: '2025-07-30T10:00:00Z',
    });
    expect(retiredFormOfRows(details, [{ eventDateTime: '2026-12-01T10:00:00Z' }])).toMatchObject({
      form: 'served',
      newest: '2026-12-01T10:00:00Z',
    });
    // Undated rows of a report whose page gives no date: still served, as far as the app can tell.
    expect(retiredFormOfRows(count, [{ id: 'x' }])).toEqual({ form: 'served', rows: 1, newest: undefined });
  });
});
