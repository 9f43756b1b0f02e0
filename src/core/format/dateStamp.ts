// Pokin's date stamps, in the local calendar and clock (the planner's), to the minute.

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * The local date, `yyyy-mm-dd`.
 * @example localDate(new Date(2025, 0, 31, 9, 5)) // "2025-01-31"
 */
export function localDate(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * The local date and time, `yyyy-mm-dd hh:mm` (generated sheets' first line).
 * @example localDateTime(new Date(2025, 0, 31, 9, 5)) // "2025-01-31 09:05"
 */
export function localDateTime(at: Date): string {
  return `${localDate(at)} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/**
 * The compact stamp of a backup sheet's name, `yyyymmdd-hhmm`.
 * @example compactStamp(new Date(2025, 0, 2, 3, 4)) // "20250102-0304"
 */
export function compactStamp(at: Date): string {
  return `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
}
