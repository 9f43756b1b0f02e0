import { xmlText } from "./xmlText";

/**
 * The shared strings of a workbook being written: each distinct text once, in first-use order,
 * as `xl/sharedStrings.xml` lists them.
 * @example const ss = new SharedStrings(); ss.index("Kode") // 0; ss.index("Kode") // 0
 */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private uses = 0;

  /** The index of a text (added on first use). */
  index(text: string): number {
    this.uses++;
    let id = this.ids.get(text);
    if (id === undefined) this.ids.set(text, (id = this.ids.size));
    return id;
  }

  /** `xl/sharedStrings.xml`. */
  xml(): string {
    const items: string[] = [];
    for (const text of this.ids.keys()) {
      // Leading or trailing spaces are kept only when the text says so.
      const keep = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
      items.push(`<si><t${keep}>${xmlText(text)}</t></si>`);
    }
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.ids.size}">` +
      `${items.join("")}</sst>`
    );
  }
}
