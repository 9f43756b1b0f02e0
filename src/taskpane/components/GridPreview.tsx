import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { columnLetters, parseA1 } from "../../core/a1";
import type { WorkbookData } from "../../core/sheet";
import { cellText, nameKey } from "../../core/text";
import { usePane } from "../paneContext";

/** Rows and columns drawn around the selected cell: what fits at 320 px. */
const ROWS_BEFORE = 2;
const ROWS_AFTER = 3;
const COLS_BEFORE = 1;
const COLS_AFTER = 2;

const useStyles = makeStyles({
  root: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    width: "100%",
    fontSize: tokens.fontSizeBase100,
  },
  corner: { width: "28px" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "0 2px",
  },
  cell: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 3px",
    height: "18px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  // Rows skipped between the header row and the rows shown.
  gap: { borderTop: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}` },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * Outside Office, where there is no Excel to select a cell in: a few rows and columns of the
 * sheet around the finding's cell, that cell highlighted.
 */
export function GridPreview(props: { data: WorkbookData; sheet: string; cell: string }) {
  const { t } = usePane();
  const styles = useStyles();
  const sheet = props.data.sheets.find((s) => nameKey(s.name) === nameKey(props.sheet));
  const pos = parseA1(props.cell) ?? { row: 0, col: 0 };
  const caption = t("previewLabel", { sheet: props.sheet, cell: props.cell });
  if (!sheet) {
    return (
      <div className={styles.root} role="status" data-testid="grid-preview">
        <Text size={200}>{t("previewMissing", { sheet: props.sheet })}</Text>
      </div>
    );
  }
  // Row 1 (the headers) always, then the rows around the cell.
  const top = Math.max(1, pos.row - ROWS_BEFORE);
  const left = Math.max(0, pos.col - COLS_BEFORE);
  const rows = pos.row === 0 ? range(0, ROWS_AFTER) : [0, ...range(top, pos.row + ROWS_AFTER)];
  const cols = range(left, left + COLS_BEFORE + COLS_AFTER);
  return (
    <div className={styles.root} data-testid="grid-preview">
      <Text size={200} weight="semibold" role="status">
        {caption}
      </Text>
      <table className={styles.table} aria-label={caption}>
        <thead>
          <tr>
            <th className={`${styles.head} ${styles.corner}`} aria-hidden />
            {cols.map((c) => (
              <th key={c} scope="col" className={styles.head}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r} className={i === 1 && r > 1 ? styles.gap : undefined}>
              <th scope="row" className={styles.head}>
                {r + 1}
              </th>
              {cols.map((c) => {
                const selected = r === pos.row && c === pos.col;
                const value = cellText(sheet.values[r]?.[c]);
                return (
                  <td
                    key={c}
                    className={selected ? `${styles.cell} ${styles.selected}` : styles.cell}
                    aria-current={selected ? "true" : undefined}
                    data-selected={selected || undefined}
                    title={value}
                  >
                    {value}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
