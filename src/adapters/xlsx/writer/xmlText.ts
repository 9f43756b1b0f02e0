// Characters XML 1.0 does not allow, even escaped (a stray control character in a cell).
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Text as XML character data: `&`, `<`, `>` escaped, characters XML cannot hold dropped.
 * @example xmlText("a < b & c") // "a &lt; b &amp; c"
 */
export function xmlText(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s.replace(INVALID, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Text as an XML attribute value in double quotes.
 * @example xmlAttr('say "hi"') // "say &quot;hi&quot;"
 */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, "&quot;");
}
