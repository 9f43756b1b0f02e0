import type { DiagramLayout, PlacedBox } from "../layout/layoutDiagram";
import type { BorderStyle, FormatPlan } from "./types";

/**
 * The borders that draw an elbow connector from a parent box to a child box on the cell grid.
 *
 * Down: a vertical line (left edges of one column) from under the parent's middle to the
 * middle of the gap, a horizontal line (bottom edges of that gap row) across to above the
 * child's middle, and a vertical line down to the child. Boxes have an even number of columns,
 * so their middle is a column edge. Right is the same turned: top edges of rows and left
 * edges of columns. Lines only run through the gap between bands, never through a box. A leaf
 * stacked under its parent is reached down the stack's spine and then from its left side.
 *
 * @param layout the diagram layout in cells (for the band ends)
 * @param parent the parent box
 * @param child the child box (in the next band)
 * @param origin the sheet cell where the layout's (0, 0) sits
 * @param line the border style
 * @returns formats with `edges` only; each range is one row or one column
 * @example elbowBorders(layout, layout.boxes[0], layout.boxes[1], { row: 4, col: 1 }, { style: "medium" })
 */
export function elbowBorders(
  layout: DiagramLayout,
  parent: PlacedBox,
  child: PlacedBox,
  origin: { readonly row: number; readonly col: number },
  line: BorderStyle,
): FormatPlan[] {
  const band = layout.bands[parent.depth]!;
  const gapEnd = band.start + band.size; // first unit of the gap after the parent's band
  const nextBand = layout.bands[parent.depth + 1]?.start ?? gapEnd;
  // Whole rows: a gap widened to keep boxes on their page may be odd.
  const mid = gapEnd + Math.max(0, Math.floor((nextBand - gapEnd) / 2) - 1);
  const col = (c: number) => origin.col + c;
  const row = (r: number) => origin.row + r;
  const out: FormatPlan[] = [];
  if (layout.orientation === "down") {
    const pc = parent.x + parent.width / 2;
    // A stacked leaf hangs from its spine: the line runs down the spine, then into its left side.
    const cc = child.spine ?? child.x + child.width / 2;
    vertical(out, row(parent.y + parent.height), row(mid), col(pc), line);
    if (pc !== cc)
      out.push({
        range: { row: row(mid), col: col(Math.min(pc, cc)), cols: Math.abs(pc - cc) },
        edges: { bottom: line },
      });
    if (child.spine === undefined) {
      vertical(out, row(mid + 1), row(child.y - 1), col(cc), line);
    } else {
      const cm = child.y + child.height / 2;
      vertical(out, row(mid + 1), row(cm - 1), col(cc), line);
      horizontal(out, col(cc), col(child.x - 1), row(cm), line);
    }
  } else {
    const pm = parent.y + parent.height / 2;
    const cm = child.y + child.height / 2;
    horizontal(out, col(parent.x + parent.width), col(mid), row(pm), line);
    if (pm !== cm)
      out.push({
        range: { row: row(Math.min(pm, cm)), col: col(mid + 1), rows: Math.abs(pm - cm) },
        edges: { left: line },
      });
    horizontal(out, col(mid + 1), col(child.x - 1), row(cm), line);
  }
  return out;
}

/** Left edges of one column over rows first…last (nothing when empty). */
function vertical(out: FormatPlan[], first: number, last: number, col: number, line: BorderStyle): void {
  if (last >= first) out.push({ range: { row: first, col, rows: last - first + 1 }, edges: { left: line } });
}

/** Top edges of one row over columns first…last (nothing when empty). */
function horizontal(out: FormatPlan[], first: number, last: number, row: number, line: BorderStyle): void {
  if (last >= first) out.push({ range: { row, col: first, cols: last - first + 1 }, edges: { top: line } });
}
