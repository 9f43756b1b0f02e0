/**
 * Backup sheets' time stamps as Pokin writes them (`compactStamp`, `yyyymmdd-hhmm`) replaced by
 * a mask, for comparing runs made at different minutes.
 * @example maskStamps("Cadangan Program 20261129-0954") // "Cadangan Program STAMP"
 */
export function maskStamps(text: string, mask = "STAMP"): string {
  return text.replace(/\b\d{8}-\d{4}\b/g, mask);
}
