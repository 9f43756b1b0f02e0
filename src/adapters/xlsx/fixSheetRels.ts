/** What {@link fixSheetRels} may ask of the zip. */
export interface RelsZip {
  /** True when the part (a zip path, `xl/…`) is in the file. */
  exists(part: string): boolean;
  /** False for a part ExcelJS cannot parse (a drawing in another writer's dialect). */
  readable(part: string): boolean;
  /** Moves a part to a new path. */
  rename(from: string, to: string): void;
  /** Leave out every drawing, VML drawing and comments part. */
  readonly dropDrawings: boolean;
}

const DRAWN = new Set(["drawing", "vmlDrawing", "comments"]);

/**
 * Mends a worksheet's relationships for ExcelJS, which finds parts only by relative paths and
 * by its own names (`../commentsN.xml`, `../drawings/vmlDrawingN.vml`): absolute targets
 * (`/xl/tables/table1.xml`, as openpyxl writes them) become relative, comments and VML parts
 * in other folders are moved to ExcelJS's names, and a relationship to a missing or unreadable
 * part is dropped with the sheet element that uses it (`<drawing r:id>`, `<legacyDrawing>`,
 * `<tablePart>`, `<hyperlink>`…).
 * @param rels the `xl/worksheets/_rels/sheetN.xml.rels` part
 * @param sheet the sheet part it belongs to
 * @param zip access to the other parts
 * @returns the new rels and sheet and the parts left out, or undefined when nothing changed
 * @example fixSheetRels('<Relationships><Relationship Id="rId1" Target="/xl/tables/table1.xml" …/>', sheetXml, zip)
 */
export function fixSheetRels(
  rels: string,
  sheet: string,
  zip: RelsZip,
): { rels: string; sheet: string; dropped: string[] } | undefined {
  let changed = false;
  const droppedIds: string[] = [];
  const dropped: string[] = [];
  const out = rels.replace(/<Relationship\b[^>]*?(\/>|>\s*<\/Relationship>)/g, (whole) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(whole)?.[1];
    const id = attr("Id") ?? "";
    const target = attr("Target") ?? "";
    const type = (attr("Type") ?? "").split("/").pop() ?? "";
    if (attr("TargetMode") === "External") return whole;
    const part = resolvePart(target);
    const drop =
      !zip.exists(part) ||
      (zip.dropDrawings && DRAWN.has(type)) ||
      (type === "drawing" && !zip.readable(part));
    if (drop) {
      changed = true;
      droppedIds.push(id);
      dropped.push(part);
      return "";
    }
    let wanted = part;
    if (type === "comments" && !/^xl\/comments\d+\.xml$/.test(part))
      wanted = `xl/comments${uniqueNo(part)}.xml`;
    if (type === "vmlDrawing" && !/^xl\/drawings\/vmlDrawing\d+\.vml$/.test(part)) {
      wanted = `xl/drawings/vmlDrawing${uniqueNo(part)}.vml`;
    }
    if (wanted !== part) zip.rename(part, wanted);
    const relative = `../${wanted.replace(/^xl\//, "")}`.replace("../worksheets/", "");
    if (relative === target) return whole;
    changed = true;
    return whole.replace(`Target="${target}"`, `Target="${relative}"`);
  });
  if (!changed) return undefined;
  let xml = sheet;
  for (const id of droppedIds) {
    const esc = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    xml = xml.replace(new RegExp(`<[\\w:]+\\b[^>]*\\b[\\w]+:id="${esc}"[^>]*\\/>`, "g"), "");
  }
  xml = xml.replace(/<(tableParts|hyperlinks)\b[^>]*>\s*<\/\1>/g, "");
  xml = xml.replace(/<tableParts\b([^>]*?)\bcount="\d+"/, (_w, a: string) => {
    return `<tableParts${a}count="${xml.match(/<tablePart\b/g)?.length ?? 0}"`;
  });
  return { rels: out, sheet: xml, dropped };
}

/** A zip path from a worksheet relationship's target (relative to `xl/worksheets/`, or absolute). */
function resolvePart(target: string): string {
  const parts = target.startsWith("/") ? [] : ["xl", "worksheets"];
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** A number for a moved part, unlikely to meet ExcelJS's own (taken from the old path). */
function uniqueNo(part: string): number {
  let h = 0;
  for (const ch of part) h = (h * 31 + ch.charCodeAt(0)) % 90_000;
  return 10_000 + h;
}
