import { sectionBreaks } from "../../../src/core/layout/sectionBreaks";

const rows = (n: number) => Array<number>(n).fill(10);

describe("sectionBreaks(sizes, sections, room)", () => {
  test("a section that fits on a page but not on the rest of this one starts the next page", () => {
    // Pages of 50: rows 0–2, then a heading at 3 with 3 rows; the page could take 3 and 4.
    const { breaks } = sectionBreaks(rows(7), [{ start: 3, heading: 1, end: 7 }], { first: 50, next: 50 });
    expect(breaks).toEqual([3]);
  });

  test("a section longer than a page breaks between its rows, its heading above its first two", () => {
    // Pages of 50 (5 rows): rows 0–2, then a heading at 3 with 10 rows.
    const { breaks } = sectionBreaks(rows(14), [{ start: 3, heading: 1, end: 14 }], { first: 50, next: 50 });
    // A page could end after the heading and one row (5); it ends before the heading instead,
    // and the heading's page takes it and four rows.
    expect(breaks).toEqual([3, 8, 13]);
  });

  test("a title over a header row (two headings) keeps its first two rows as well", () => {
    const { breaks } = sectionBreaks(rows(20), [{ start: 4, heading: 2, end: 20 }], { first: 60, next: 60 });
    expect(breaks[0]).toBe(4);
    expect(breaks.every((b) => b <= 4 || b >= 8)).toBe(true);
  });

  test("glued rows stay on one page: a blank row never starts one", () => {
    const glue = [{ start: 4, end: 6 }];
    expect(sectionBreaks(rows(10), [], { first: 50, next: 50 }).breaks).toEqual([5]);
    expect(sectionBreaks(rows(10), [], { first: 50, next: 50 }, 2, glue).breaks).toEqual([4, 9]);
  });

  test("the first page may hold less: a section too long for it but not for a page breaks there", () => {
    const { breaks, cut } = sectionBreaks(rows(8), [{ start: 0, heading: 1, end: 6 }], {
      first: 40,
      next: 60,
    });
    expect({ breaks, cut }).toEqual({ breaks: [4], cut: [{ start: 0, end: 6 }] });
  });
});
