/** Numbers in the reader's locale. */
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

export const formatCount = (n: number): string => integer.format(n);
export const formatShare = (share: number | null): string => (share == null ? '–' : percent.format(share));

/** Dates the same way on every page: medium date (and short time), in the reader's locale; "—" for none. */
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const valid = (iso: string | null | undefined) => (iso ? new Date(iso) : undefined);
export const formatDay = (iso: string | null | undefined): string => {
  const date = valid(iso);
  return date && !Number.isNaN(date.getTime()) ? dateOnly.format(date) : '—';
};
export const formatMoment = (iso: string | null | undefined): string => {
  const date = valid(iso);
  return date && !Number.isNaN(date.getTime()) ? dateAndTime.format(date) : '—';
};

/** Graph's `userType` as the app shows it everywhere: "Member", "Guest", an unknown value as sent, "–" for none. */
export const formatUserType = (value: unknown): string =>
  value === 'member'
    ? 'Member'
    : value === 'guest'
      ? 'Guest'
      : typeof value === 'string' && value
        ? value
        : '–';

/** A wait or a time left: "45 s", "3 min 20 s". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${seconds % 60} s`;
}
