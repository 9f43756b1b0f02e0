import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/rules/types";
import { findingKey, type FindingRow } from "../findingRows";
import { usePane } from "../paneContext";
import { useListStyles } from "./PagedList";
import { SEVERITY_LOOK } from "./severity";

const useStyles = makeStyles({
  // Periksa otomatis: a finding that just appeared glows and fades; one that went is struck out.
  fresh: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    animationName: {
      from: { backgroundColor: tokens.colorPaletteYellowBackground2 },
      to: { backgroundColor: tokens.colorPaletteYellowBackground1 },
    },
    animationDuration: "1.2s",
    animationTimingFunction: "ease-out",
    "@media (prefers-reduced-motion: reduce)": { animationName: "none" },
  },
  gone: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
  excepted: {
    gridColumn: "2",
    color: tokens.colorNeutralForeground2,
    fontStyle: "italic",
    overflowWrap: "anywhere",
  },
});

/**
 * One row of Periksa's list (one rule on one indicator: all its cells, the merged message);
 * activating it selects its first cell. Marked while Periksa otomatis says it just appeared or
 * went, and with the note's Catatan when it is excepted.
 */
export function FindingRowButton(props: {
  row: FindingRow;
  currentKey: string | undefined;
  onSelect: (finding: Finding) => void;
}) {
  const { t } = usePane();
  const list = useListStyles();
  const styles = useStyles();
  const { row } = props;
  const current = row.findings.some((f) => findingKey(f) === props.currentKey);
  const mark = row.mark;
  const look = mergeClasses(
    list.item,
    current && list.current,
    mark === "new" && styles.fresh,
    mark === "gone" && styles.gone,
  );
  return (
    <li>
      <button
        type="button"
        className={look}
        data-mark={mark}
        data-excepted={row.excepted ? "true" : undefined}
        aria-current={current ? "true" : undefined}
        data-rule={row.rule}
        data-cell={`${row.sheet}!${row.cell}`}
        data-count={row.findings.length}
        onClick={() => props.onSelect(row.first)}
      >
        <span
          className={list.bar}
          style={{ backgroundColor: SEVERITY_LOOK[row.severity].color }}
          aria-hidden
        />
        <span className={list.head}>
          <span className={list.hidden}>{t(SEVERITY_LOOK[row.severity].label)}</span>
          {mark && <span className={list.hidden}>{t(mark === "new" ? "findingNew" : "findingGone")}</span>}
          <span className={list.where}>
            {row.sheet}!{row.cells.join(", ")}
          </span>
        </span>
        <span className={list.text}>{row.message}</span>
        {row.excepted && (
          <span className={styles.excepted}>{t("exceptedBecause", { catatan: row.catatan ?? "" })}</span>
        )}
      </button>
    </li>
  );
}
