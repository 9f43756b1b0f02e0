import { stop } from "./refusal";

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Decodes XML character and entity references (the five predefined entities and numeric
 * references). Any other entity would need a DTD, which the reader refuses.
 * @example decodeXml("a &amp; b &#x41;") // "a & b A"
 */
export function decodeXml(raw: string): string {
  // XML's end-of-line handling comes first: a literal CR LF or CR is read as LF.
  const text = raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);?/g, (all, ref: string) => {
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code > 0x10ffff)
        return stop("invalid", "berisi rujukan karakter rusak", "it has a bad character reference");
      return String.fromCodePoint(code);
    }
    const named = NAMED[ref];
    if (named === undefined || !all.endsWith(";")) {
      return stop("unsupported", `memakai entitas XML &${ref};`, `it uses the XML entity &${ref};`);
    }
    return named;
  });
}

/**
 * Decodes OOXML's `_xHHHH_` escapes of characters XML cannot hold (as ExcelJS does: upper-case
 * hex digits).
 * @example decodeEscapes("a_x000D_b") // "a\rb"
 */
export function decodeEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The index just past the `>` that ends the tag starting before `from` (quotes respected),
 * or -1 when the tag never ends.
 * @example tagEnd('<a b=">">x', 1) // 7
 */
export function tagEnd(xml: string, from: number): number {
  const n = xml.length;
  let quote = 0;
  for (let i = from; i < n; i++) {
    const ch = xml.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 62) return i + 1;
    else if (ch === 34 || ch === 39) quote = ch;
  }
  return -1;
}

/**
 * The attributes between `from` and `to` of a start tag, by local name (prefix dropped),
 * values decoded.
 * @example attributes('<sheet name="A &amp; B" r:id="rId1"/>', 6, 36) // { name: "A & B", id: "rId1" }
 */
export function attributes(xml: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const tag = xml.slice(from, to);
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    const full = m[1]!;
    const colon = full.indexOf(":");
    const name = colon >= 0 && !full.startsWith("xmlns") ? full.slice(colon + 1) : full;
    out[name] = decodeXml(m[3] ?? m[4] ?? "");
  }
  return out;
}
