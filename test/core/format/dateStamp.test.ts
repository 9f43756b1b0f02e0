import { compactStamp, localDate, localDateTime } from "../../../src/core/format/dateStamp";

describe("Pokin's date stamps (local calendar and clock)", () => {
  test.each([
    [new Date(2025, 0, 2, 3, 4), "2025-01-02", "2025-01-02 03:04", "20250102-0304"],
    [new Date(2026, 10, 29, 23, 59, 59), "2026-11-29", "2026-11-29 23:59", "20261129-2359"],
  ])("%s", (at, date, dateTime, compact) => {
    expect([localDate(at), localDateTime(at), compactStamp(at)]).toEqual([date, dateTime, compact]);
  });
});
