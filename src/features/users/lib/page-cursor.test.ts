import { describe, expect, it } from 'vitest';
import { currentLink, FIRST_PAGE, goToPage, nextPage, previousPage } from './page-cursor.ts';

describe('page cursor', () => {
  it('starts on the first request, with no link', () => {
    expect(FIRST_PAGE.pageIndex).toBe(0);
    expect(currentLink(FIRST_PAGE)).toBeUndefined();
  });

  it('follows nextLinks forward and goes back through the links it kept', () => {
    const p1 = nextPage(FIRST_PAGE, 'https://g/next?$skiptoken=a');
    const p2 = nextPage(p1, 'https://g/next?$skiptoken=b');
    expect(currentLink(p2)).toBe('https://g/next?$skiptoken=b');
    const back = previousPage(p2);
    expect(back.pageIndex).toBe(1);
    expect(currentLink(back)).toBe('https://g/next?$skiptoken=a');
    expect(currentLink(previousPage(back))).toBeUndefined();
    expect(previousPage(FIRST_PAGE)).toBe(FIRST_PAGE);
  });

  it('keeps later pages when the same link is followed again, and forgets them when it changed', () => {
    const p2 = nextPage(nextPage(FIRST_PAGE, 'a'), 'b');
    const again = nextPage(previousPage(p2), 'b');
    expect(again.links).toEqual([undefined, 'a', 'b']);
    const changed = nextPage(previousPage(previousPage(p2)), 'a2');
    expect(changed.links).toEqual([undefined, 'a2']);
  });

  it('lets a page-number pager step one forward only with a link, and jump back to any visited page', () => {
    const p2 = nextPage(nextPage(FIRST_PAGE, 'a'), 'b');
    expect(goToPage(p2, 0, 'c').pageIndex).toBe(0);
    expect(goToPage(p2, 3, 'c').pageIndex).toBe(3);
    expect(goToPage(p2, 3, undefined)).toBe(p2);
    expect(goToPage(p2, 5, 'c')).toBe(p2);
    expect(goToPage(p2, 2, 'c')).toBe(p2);
  });
});
