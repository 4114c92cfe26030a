/** Shared wording for Graph values: dates in the reader's locale, enums in words, null as "unknown". */
export const UNKNOWN = 'unknown';

/** Graph's null date means "not recorded", not "never": say unknown. */
export function formatDateTime(iso: string | null | undefined, locale?: string): string {
  if (!iso) return UNKNOWN;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return UNKNOWN;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "notAllowedByPolicy" / "NotYetValid" → "Not allowed by policy" / "Not yet valid". */
export function humanise(value: string | null | undefined): string {
  if (!value) return UNKNOWN;
  const words = value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function yesNo(value: boolean | null | undefined): string {
  return value == null ? UNKNOWN : value ? 'Yes' : 'No';
}

/** TAP lifetimes run from 10 minutes to 30 days: show the largest whole unit. */
export function formatLifetime(minutes: number | null | undefined): string {
  if (minutes == null) return UNKNOWN;
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
