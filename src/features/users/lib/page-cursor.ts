/**
 * Paging through a Graph collection that only offers opaque nextLinks (no $skip, no $count): page N is
 * reached by following the link page N-1 returned, so the links of visited pages are kept to go back.
 */
export interface PageCursor {
  pageIndex: number;
  /** links[i] requests page i; page 0 is the first request (no link). */
  links: (string | undefined)[];
}

export const FIRST_PAGE: PageCursor = { pageIndex: 0, links: [undefined] };

export function currentLink(cursor: PageCursor): string | undefined {
  return cursor.links[cursor.pageIndex];
}

/** Follows the nextLink the current page returned; pages visited past it stay known if it is unchanged. */
export function nextPage(cursor: PageCursor, nextLink: string): PageCursor {
  const at = cursor.pageIndex + 1;
  const links = cursor.links[at] === nextLink ? cursor.links : [...cursor.links.slice(0, at), nextLink];
  return { pageIndex: at, links };
}

export function previousPage(cursor: PageCursor): PageCursor {
  return cursor.pageIndex > 0 ? { ...cursor, pageIndex: cursor.pageIndex - 1 } : cursor;
}

/**
 * For a pager that asks for a page number: one step forward needs the current page's nextLink; any
 * visited page before the current one can be revisited; anything else is out of reach.
 */
export function goToPage(cursor: PageCursor, pageIndex: number, nextLink: string | undefined): PageCursor {
  if (pageIndex === cursor.pageIndex + 1 && nextLink) return nextPage(cursor, nextLink);
  if (pageIndex >= 0 && pageIndex < cursor.pageIndex) return { ...cursor, pageIndex };
  return cursor;
}
