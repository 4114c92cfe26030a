/** Numbers in the reader's locale. */
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

export const formatCount = (n: number): string => integer.format(n);
export const formatShare = (share: number | null): string => (share == null ? '–' : percent.format(share));
