export const PERIODS = [
  { value: 'D1', label: '24 hours', days: 1 },
  { value: 'D7', label: '7 days', days: 7 },
  { value: 'D30', label: '30 days', days: 30 },
] as const;

export type UsagePeriod = (typeof PERIODS)[number]['value'];

export function readPeriod(params: URLSearchParams): UsagePeriod {
  const value = params.get('period');
  return PERIODS.find((p) => p.value === value)?.value ?? 'D7';
}

export function periodDays(period: UsagePeriod): number {
  return PERIODS.find((p) => p.value === period)?.days ?? 7;
}
