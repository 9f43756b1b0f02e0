import { sheetRef } from "../a1";
import type { ContentLevel, TreeContent } from "../model/content";
import { DEFAULT_LEVELS, SETTINGS_SHEET } from "../model/settings";
import type { Lang } from "../messages";
import { nameKey } from "../text";
import { tablePaper } from "./printPaper";
import { estimateRowHeights } from "./rowHeights";
import { levelColumns, periodYears } from "./templateColumns";
import { settingsSheetPlan } from "./templateSettings";
import type { FormatPlan, SheetPlan, ValidationPlan, WorkbookPlan } from "./types";

/** Rows below the data that still get the drop-downs and text formats, for rows typed later. */
const SPARE_ROWS = 500;
/** The parent drop-down reads at least this many rows of the level above. */
const MIN_LIST_ROWS = 2000;

/**
 * The write plan of a structured workbook (SPEC §3) holding a tree's content: a `Pengaturan`
 * sheet and one sheet per level, each an Excel table with a frozen header, text-formatted
 * codes and drop-downs (parent Kode, Polaritas, Sifat). Every sheet is `create`: an existing
 * sheet of the same name is never overwritten. Column headers stay in Indonesian (they are
 * the format); help notes follow `lang`.
 * @param content the settings and the rows of every level
 * @param lang the language of the help notes
 * @returns the plan, sheets in order: Pengaturan, then the levels top to bottom
 * @example templatePlan(EMPTY_TEMPLATE, "id").sheets.map((s) => s.name) // ["Pengaturan", "Tujuan RPD", …]
 */
export function templatePlan(content: TreeContent, lang: Lang): WorkbookPlan {
  const years = periodYears(content);
  const customLevels =
    content.levels.some((l, i) => nameKey(l.name) !== nameKey(DEFAULT_LEVELS[i] ?? "")) ||
    content.levels.length !== DEFAULT_LEVELS.length;
  const settings = settingsSheetPlan(
    content.settings,
    customLevels ? content.levels.map((l) => l.name) : [],
    lang,
  );
  const tableNames = new Set<string>([nameKey(`tbl_${SETTINGS_SHEET}`)]);
  const agency = ["Perangkat Daerah", "Pemerintah Daerah"]
    .map((key) => content.settings.find(([k]) => nameKey(k) === nameKey(key))?.[1] ?? "")
    .filter((v) => v !== "")
    .join(" — ");
  const levels = content.levels.map((level, i) =>
    levelSheetPlan(level, content.levels[i - 1], years, tableNames, agency),
  );
  const first = content.levels[0];
  return {
    sheets: [settings, ...levels],
    ...(first ? { activate: { sheet: first.name, range: { row: 1, col: 0 } } } : {}),
  };
}

function levelSheetPlan(
  level: ContentLevel,
  above: ContentLevel | undefined,
  years: readonly number[],
  tableNames: Set<string>,
  agency: string,
): SheetPlan {
  const columns = levelColumns(above !== undefined, years);
  const widths = columns.map((c) => c.width);
  const col = (header: string) => columns.findIndex((c) => c.header === header);
  const wrapped = ["Uraian", "Indikator"].map(col);
  const dataRows = level.rows.length + SPARE_ROWS;
  const body = (header: string) => ({ row: 1, col: col(header), rows: dataRows });
  const formats: FormatPlan[] = [
    { range: { row: 0, col: 0, cols: columns.length }, bold: true, wrap: true, vAlign: "middle" },
    // Top-aligned like the wrapped Uraian and Indikator, so a tall row reads across.
    { range: { row: 1, col: 0, rows: dataRows, cols: columns.length }, vAlign: "top" },
    ...["Kode", "Kode Induk", "Kode Nomenklatur"]
      .filter((h) => col(h) >= 0)
      .map((h) => ({ range: body(h), numberFormat: "@" })),
    ...["Uraian", "Indikator"].map((h) => ({ range: body(h), wrap: true, vAlign: "top" as const })),
  ];
  const validations: ValidationPlan[] = [
    { range: body("Polaritas"), list: ["Positif", "Negatif"], allowOther: true },
    { range: body("Sifat"), list: ["Kumulatif", "Akhir"], allowOther: true },
  ];
  if (above) {
    // Kode is the first column of every level sheet this plan makes.
    const last = Math.max(MIN_LIST_ROWS, above.rows.length + SPARE_ROWS + 1);
    validations.unshift({
      range: body("Kode Induk"),
      list: { formula: `=${sheetRef(above.name, `$A$2:$A$${last}`)}` },
      allowOther: true,
    });
  }
  return {
    name: level.name,
    mode: "create",
    blocks: [
      {
        row: 0,
        col: 0,
        values: [columns.map((c) => c.header), ...level.rows.map((r) => columns.map((c) => c.value(r)))],
      },
    ],
    formats,
    columnWidths: columns.map((c, i) => ({ col: i, width: c.width })),
    // The bold header and every row's Uraian and Indikator, so that long statements do not
    // overlap the next row; rows typed later get Excel's own height.
    rowHeights: estimateRowHeights(
      [
        ...columns.map((c, i) => ({ row: 0, col: i, text: c.header, bold: true })),
        ...level.rows.flatMap((r, i) =>
          wrapped.map((k) => ({ row: i + 1, col: k, text: String(columns[k]?.value(r) ?? "") })),
        ),
      ],
      widths,
    ),
    freeze: { rows: 1 },
    print: {
      ...tablePaper(widths, 11),
      repeatRows: [0, 0],
      header: [level.name, agency].filter((s) => s !== "").join(" — "),
    },
    table: {
      name: uniqueTableName(level.name, tableNames),
      // An Excel table needs one data row at least: an empty level gets one blank row.
      range: { row: 0, col: 0, rows: Math.max(1, level.rows.length) + 1, cols: columns.length },
      style: "TableStyleMedium2",
    },
    validations,
  };
}

/** `tbl_` and the sheet name's letters and digits (`tbl_TujuanRPD`), made unique. */
function uniqueTableName(sheet: string, taken: Set<string>): string {
  const base = `tbl_${sheet.replace(/[^A-Za-z0-9]/g, "") || "Level"}`;
  let name = base;
  for (let k = 2; taken.has(nameKey(name)); k++) name = `${base}${k}`;
  taken.add(nameKey(name));
  return name;
}
