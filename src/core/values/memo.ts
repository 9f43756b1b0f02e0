/**
 * Remembers a function of a string for the strings it has seen (up to `limit`, then starts
 * over), for readings repeated on every row of a level sheet (Satuan, Polaritas, Sifat): a
 * workbook of 100,000 rows holds a handful of distinct values in those columns.
 * @param fn a pure function of its text
 * @param limit how many texts to keep
 * @returns the same function, remembered
 * @example const percent = memo(isPercentUnit); percent("%") // true, read once
 */
export function memo<T>(fn: (text: string) => T, limit = 512): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as T;
    if (seen.size >= limit) seen.clear();
    const value = fn(text);
    seen.set(text, value);
    return value;
  };
}
