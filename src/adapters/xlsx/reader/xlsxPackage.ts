import { stop } from "./refusal";
import { walkXml } from "./walkXml";
import { entryBytes, type Inflate } from "./zipEntryBytes";
import type { ZipEntry } from "./zipDirectory";

/** One relationship of a part, its target resolved to a zip entry name. */
export interface Relationship {
  readonly id: string;
  /** The type's last path segment: "worksheet", "sharedStrings", "styles", "officeDocument"… */
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

// Made on first use, so merely importing the reader needs no TextDecoder (jsdom has none).
let utf8: InstanceType<typeof TextDecoder> | undefined;
const STRICT = "http://purl.oclc.org/ooxml/";

/** The parts of an .xlsx zip, read by name through its central directory. */
export class XlsxPackage {
  private readonly lower = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    private readonly inflate: Inflate,
    private readonly decode: (bytes: Uint8Array) => string = decodeUtf8,
  ) {
    for (const [name, entry] of entries) this.lower.set(name.toLowerCase(), entry);
  }

  /** The entry for a part name (OPC names are case-insensitive), or undefined. */
  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name) ?? this.lower.get(name.toLowerCase());
  }

  /** A part's text (UTF-8); refuses UTF-16 parts, which no known writer uses. */
  text(name: string): string {
    const entry = this.entry(name);
    if (!entry) return stop("invalid", `bagian ${name} tidak ada`, `part ${name} is missing`);
    const bytes = entryBytes(this.bytes, entry, this.inflate);
    if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
      stop("unsupported", `bagian ${name} berkode UTF-16`, `part ${name} is UTF-16 encoded`);
    }
    return this.decode(bytes);
  }

  /** The relationships of a part (empty when it has none), targets resolved against its folder. */
  relationships(part: string): Relationship[] {
    const slash = part.lastIndexOf("/");
    const folder = part.slice(0, slash + 1);
    const relsName = `${folder}_rels/${part.slice(slash + 1)}.rels`;
    if (!this.entry(relsName)) return [];
    const out: Relationship[] = [];
    walkXml(this.text(relsName), {
      open: (name, a) => {
        if (name !== "Relationship" || a.Id === undefined || a.Target === undefined) return;
        const type = a.Type ?? "";
        if (type.startsWith(STRICT))
          stop("unsupported", "berformat Strict Open XML", "it is Strict Open XML");
        const external = a.TargetMode === "External";
        out.push({
          id: a.Id,
          type: type.slice(type.lastIndexOf("/") + 1),
          target: external ? a.Target : resolvePart(folder, a.Target),
          external,
        });
      },
    });
    return out;
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  return (utf8 ??= new TextDecoder("utf-8")).decode(bytes);
}

/**
 * Resolves a relationship target (relative, absolute `/xl/…`, with `..` or %-escapes) to a zip
 * entry name.
 * @example resolvePart("xl/", "../xl/worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 */
export function resolvePart(folder: string, target: string): string {
  let t = target.trim();
  try {
    t = decodeURIComponent(t);
  } catch {
    // not %-encoded: keep as written
  }
  const parts = (t.startsWith("/") ? t.slice(1) : folder + t).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}
