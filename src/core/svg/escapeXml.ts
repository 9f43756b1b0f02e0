/**
 * Escapes text for XML content and attribute values: `&`, `<`, `>`, `"` and `'`, and drops
 * the control characters XML 1.0 forbids, so no workbook text can open a tag or a script.
 * @example escapeXml(`<script>"a" & 'b'`) // "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;"
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#39;")
  );
}
