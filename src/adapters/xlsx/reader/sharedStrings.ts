import { walkXml } from "./walkXml";
import { decodeEscapes } from "./xmlText";

/**
 * Reads sharedStrings.xml: each `<si>`'s text, its rich-text runs joined, phonetic runs
 * (`<rPh>`) left out, `_xHHHH_` escapes decoded. An `<si>` without any `<t>` is null (ExcelJS
 * reads it as no value); `<si><t/></si>` is "".
 * @param xml the part's text
 * @returns the strings by index
 * @example readSharedStrings('<sst><si><t>Kode</t></si></sst>') // ["Kode"]
 */
export function readSharedStrings(xml: string): (string | null)[] {
  const out: (string | null)[] = [];
  let current: string | null = null;
  let inT = false;
  let phonetic = 0;
  walkXml(xml, {
    open(name, _a, selfClosing) {
      if (name === "si") current = null;
      else if (name === "rPh") phonetic += selfClosing ? 0 : 1;
      else if (name === "t" && phonetic === 0) {
        current ??= "";
        inT = !selfClosing;
      }
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
      else if (name === "si") out.push(current === null ? null : decodeEscapes(current));
    },
    text(text) {
      if (inT && phonetic === 0) current = (current ?? "") + text;
    },
  });
  return out;
}
