/**
 * A deliberately simple text-width model: every character is `charWidth` wide, except narrow
 * ones (i, l, punctuation, space) at half and capitals/wide ones (M, W, m, w) at 1.3×. It
 * overestimates Calibri/Arial slightly, so Excel and LibreOffice wrap into no more lines than
 * we reserved.
 */
const NARROW = "ilIjtf.,:;'!|()[] -\t";
const WIDE = "MWmw@%";

/** Units of every ASCII character, looked up by code: the layout measures thousands of boxes. */
const ASCII = new Float64Array(128).fill(1);
for (let c = 65; c <= 90; c++) ASCII[c] = 1.15;
for (const ch of NARROW) ASCII[ch.charCodeAt(0)] = 0.5;
for (const ch of WIDE) ASCII[ch.charCodeAt(0)] = 1.3;

/** Width of one UTF-16 unit in average-character units (non-ASCII counts as average). */
function unitsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 128 ? ASCII[code]! : 1;
}

/** The index after the character at i: a surrogate pair (an emoji, a rare CJK character) is one character, never cut in two. */
function nextChar(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? i + 2 : i + 1;
}

/**
 * The width of a text in average-character units.
 * @example textUnits("ab") // 2
 */
export function textUnits(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) total += unitsAt(text, i);
  return total;
}

/**
 * Wraps text at spaces into lines no wider than `maxUnits` (average-character units); a word
 * longer than a line is cut. Empty text gives one empty line, so every section keeps a row.
 * @param text the text (already cleaned)
 * @param maxUnits the line width in average-character units (at least 1)
 * @returns the lines
 * @example wrapText("Jumlah orang terlayani", 12) // ["Jumlah orang", "terlayani"]
 */
export function wrapText(text: string, maxUnits: number): string[] {
  // Index-based: lines are slices of the text, so measuring thousands of boxes allocates little.
  const limit = Math.max(1, maxUnits);
  const lines: string[] = [];
  const n = text.length;
  let start = -1; // the current line is text[start, end), or none when start < 0
  let end = 0;
  let width = 0;
  let i = 0;
  while (i < n) {
    while (i < n && text.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    let j = i;
    let w = 0;
    while (j < n && text.charCodeAt(j) !== 32) w += unitsAt(text, j++);
    if (start >= 0 && width + 0.5 + w <= limit) {
      end = j;
      width += 0.5 + w;
    } else {
      if (start >= 0) lines.push(text.slice(start, end));
      let k = i;
      while (w > limit) {
        // Cut an over-long word (a URL, a code) where the line is full.
        let c = k;
        let cw = 0;
        while (c < j) {
          const next = nextChar(text, c);
          const u = next - c === 2 ? unitsAt(text, c) + unitsAt(text, c + 1) : unitsAt(text, c);
          if (cw + u > limit && c !== k) break;
          cw += u;
          c = next;
        }
        lines.push(text.slice(k, c));
        w -= cw;
        k = c;
      }
      start = k < j ? k : -1;
      end = j;
      width = w;
    }
    i = j;
  }
  if (start >= 0) lines.push(text.slice(start, end));
  if (lines.length === 0) lines.push("");
  return lines;
}
