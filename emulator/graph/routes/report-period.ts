import { parseFunctionArguments } from '../function-arguments.ts';
import { GraphHttpError } from '../graph-http-error.ts';

const DAY = 86_400_000;
const PERIOD_DAYS: Readonly<Record<string, number>> = { d1: 1, d7: 7, d30: 30 };

export interface ReportPeriod {
  /** The window is (from, to], ending at the emulator clock's now. */
  from: number;
  to: number;
}

/**
 * Reads the required `period` argument of a report function. The new functions take the
 * `aggregationPeriod` enum (`d1`, case-sensitive); the legacy one a case-insensitive string (`D1`).
 */
export function readPeriod(
  argsText: string | undefined,
  functionName: string,
  now: number,
  legacy: boolean,
): ReportPeriod {
  const missing = () =>
    new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${functionName}'.`);
  if (argsText === undefined) throw missing();
  let decoded: string;
  try {
    decoded = decodeURIComponent(argsText);
  } catch {
    throw new GraphHttpError(400, 'BadRequest', `Bad Request - Error in query syntax: '${argsText}'.`);
  }
  const args = parseFunctionArguments(decoded);
  for (const name of args.keys())
    if (name !== 'period')
      throw new GraphHttpError(
        400,
        'BadRequest',
        `The parameter '${name}' is not defined for '${functionName}'.`,
      );
  const value = args.get('period');
  if (value === undefined) throw missing();
  const days = PERIOD_DAYS[legacy ? value.toLowerCase() : value];
  if (days === undefined) {
    const valid = legacy ? 'D1, D7, D30' : 'd1, d7, d30';
    throw new GraphHttpError(
      400,
      'BadRequest',
      `The parameter 'period' has an invalid value '${value}'. Valid values: ${valid}.`,
    );
  }
  return { from: now - days * DAY, to: now };
}
