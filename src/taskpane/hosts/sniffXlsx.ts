/**
 * Recognises files that are surely not a readable .xlsx by their first bytes, before ExcelJS
 * is even loaded.
 * @param head the file's first bytes (8 are enough)
 * @returns the key of the message to show, or undefined when the file may be an .xlsx
 * @example sniffXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])) // "fileEncrypted"
 */
export function sniffXlsx(head: Uint8Array): "fileEmpty" | "fileEncrypted" | "fileUnreadable" | undefined {
  if (head.length === 0) return "fileEmpty";
  // OLE compound file: a password-protected .xlsx or an old .xls.
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return "fileEncrypted";
  // Every .xlsx is a ZIP archive ("PK\x03\x04").
  if (head[0] !== 0x50 || head[1] !== 0x4b || head[2] !== 0x03 || head[3] !== 0x04) return "fileUnreadable";
  return undefined;
}

/**
 * A message with `{name}` replaced by a file's name, in both languages.
 * @example withFileName({ id: "{name} kosong", en: "{name} is empty" }, "a.xlsx").en // "a.xlsx is empty"
 */
export function withFileName(msg: { id: string; en: string }, name: string): { id: string; en: string } {
  return { id: msg.id.replace("{name}", name), en: msg.en.replace("{name}", name) };
}
