import { stop } from "./refusal";
import { decodeEscapes, decodeXml, tagEnd } from "./xmlText";

/**
 * Skips `<?…?>`, `<!--…-->` or `<![CDATA[…]]>` at `lt`; refuses a DTD.
 * @returns the index after it
 * @example skipSpecial("<!-- x --><a/>", 0) // 10
 */
export function skipSpecial(xml: string, lt: number): number {
  const token = xml.startsWith("<?", lt)
    ? "?>"
    : xml.startsWith("<!--", lt)
      ? "-->"
      : xml.startsWith("<![CDATA[", lt)
        ? "]]>"
        : stop("unsupported", "memakai DTD di XML-nya", "its XML has a DTD");
  const i = xml.indexOf(token, lt);
  return i < 0 ? bad() : i + token.length;
}

/**
 * Skips an element whose start tag spans [lt, tagEndIndex): to after its end tag, or just
 * the tag when it is self-closing. Same-named nested elements are counted.
 * @example skipElement("<f>A1</f><v>2</v>", 0, 3, "f") // 9
 */
export function skipElement(xml: string, lt: number, end: number, name: string): number {
  if (xml.charCodeAt(end - 2) === 47) return end;
  let depth = 1;
  let pos = end;
  while (depth > 0) {
    const next = xml.indexOf("<", pos);
    if (next < 0) return bad();
    if (xml.charCodeAt(next + 1) === 33 || xml.charCodeAt(next + 1) === 63) {
      pos = skipSpecial(xml, next);
      continue;
    }
    const closing = xml.charCodeAt(next + 1) === 47;
    const tEnd = closing ? xml.indexOf(">", next) + 1 : tagEnd(xml, next + 1);
    if (tEnd <= 0) return bad();
    const raw = xml.slice(next + (closing ? 2 : 1), tEnd - 1).split(/[\s/]/)[0] ?? "";
    const local = raw.slice(raw.indexOf(":") + 1);
    if (local === name) {
      if (closing) depth--;
      else if (xml.charCodeAt(tEnd - 2) !== 47) depth++;
    }
    pos = tEnd;
  }
  void lt;
  return pos;
}

/**
 * Reads an inline string `<is>…</is>` from just after its start tag: the text of its `<t>`
 * elements (rich-text runs joined), phonetic runs left out; null when it has no text.
 * @returns [text, index after </is>]
 * @example inlineString("<t>Kode</t></is>", 0) // ["Kode", 16]
 */
export function inlineString(xml: string, from: number): [string | null, number] {
  let text: string | null = null;
  let pos = from;
  let phonetic = 0;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) return bad();
    const closing = xml.charCodeAt(lt + 1) === 47;
    const tEnd = closing ? xml.indexOf(">", lt) + 1 : tagEnd(xml, lt + 1);
    if (tEnd <= 0) return bad();
    const raw = xml.slice(lt + (closing ? 2 : 1), tEnd - 1).split(/[\s/]/)[0] ?? "";
    const local = raw.slice(raw.indexOf(":") + 1);
    pos = tEnd;
    if (closing) {
      if (local === "is") return [text === null ? null : decodeEscapes(decodeXml(text)), pos];
      if (local === "rPh") phonetic--;
    } else if (local === "rPh" && xml.charCodeAt(tEnd - 2) !== 47) phonetic++;
    else if (local === "t" && phonetic === 0 && xml.charCodeAt(tEnd - 2) !== 47) {
      const close = xml.indexOf("</", pos);
      if (close < 0) return bad();
      text = (text ?? "") + xml.slice(pos, close);
      pos = close;
    }
  }
}

function bad(): never {
  return stop("invalid", "XML lembarnya terpotong atau rusak", "its sheet XML is truncated or damaged");
}
