import { stop } from "./refusal";
import { attributes, decodeXml, tagEnd } from "./xmlText";

/** What {@link walkXml} reports: element names are local (prefix dropped). */
export interface XmlVisitor {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * Walks an XML document's elements and text in order — for the small parts (content types,
 * relationships, workbook, styles, shared strings). Refuses a DTD (no entity expansion ever) and
 * a document that ends inside a tag or before its root element closes.
 * @param xml the part's text
 * @param visitor the callbacks
 * @example walkXml(xml, { open: (name, a) => name === "sheet" && names.push(a.name!) });
 */
export function walkXml(xml: string, visitor: XmlVisitor): void {
  let depth = 0;
  let rooted = false;
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) break;
    if (lt > pos && visitor.text && depth > 0) visitor.text(decodeXml(xml.slice(pos, lt)));
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) {
      pos = endOf(xml, "?>", lt);
    } else if (next === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) pos = endOf(xml, "-->", lt);
      else if (xml.startsWith("<![CDATA[", lt)) {
        pos = endOf(xml, "]]>", lt);
        if (visitor.text && depth > 0) visitor.text(xml.slice(lt + 9, pos - 3).replace(/\r\n?/g, "\n"));
      } else stop("unsupported", "memakai DTD di XML-nya", "its XML has a DTD");
    } else if (next === 47 /* / */) {
      pos = endOf(xml, ">", lt);
      depth--;
      visitor.close?.(localName(xml.slice(lt + 2, pos - 1).trim()));
    } else {
      const end = tagEnd(xml, lt + 1);
      if (end < 0) truncated();
      const selfClosing = xml.charCodeAt(end - 2) === 47;
      let nameEnd = lt + 1;
      while (nameEnd < end && !/[\s/>]/.test(xml[nameEnd]!)) nameEnd++;
      const name = localName(xml.slice(lt + 1, nameEnd));
      visitor.open(name, attributes(xml, nameEnd, end), selfClosing);
      rooted = true;
      if (selfClosing) visitor.close?.(name);
      else depth++;
      pos = end;
    }
  }
  if (!rooted || depth !== 0) truncated();
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon >= 0 ? qualified.slice(colon + 1) : qualified;
}

function endOf(xml: string, token: string, from: number): number {
  const i = xml.indexOf(token, from);
  return i < 0 ? truncated() : i + token.length;
}

function truncated(): never {
  return stop("invalid", "XML-nya terpotong atau rusak", "its XML is truncated or damaged");
}
