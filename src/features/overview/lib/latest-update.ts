/** A row of a registration report, as far as its refresh time goes. */
interface UpdatedRow {
  lastUpdatedDateTime?: string | null;
}

/** The freshest `lastUpdatedDateTime` among the rows, as Graph wrote it: how current the report is. */
export function latestUpdateOf(rows: readonly UpdatedRow[]): string | undefined {
  let latest: number | undefined;
  let latestUpdate: string | undefined;
  for (const row of rows) {
    const t = row.lastUpdatedDateTime ? Date.parse(row.lastUpdatedDateTime) : NaN;
    if (Number.isFinite(t) && (latest === undefined || t > latest)) {
      latest = t;
      latestUpdate = row.lastUpdatedDateTime ?? undefined;
    }
  }
  return latestUpdate;
}

// Pages never change once read: each is looked at once, however many times the scan's progress renders.
const perPage = new WeakMap<object, string | undefined>();

/** `latestUpdateOf` over every page read so far, in time proportional to the pages, not the rows. */
export function latestUpdateOfPages(pages: readonly { value: readonly UpdatedRow[] }[]): string | undefined {
  const latestOfPage = (page: { value: readonly UpdatedRow[] }) => {
    if (!perPage.has(page)) perPage.set(page, latestUpdateOf(page.value));
    return perPage.get(page);
  };
  return latestUpdateOf(pages.map((page) => ({ lastUpdatedDateTime: latestOfPage(page) })));
}
