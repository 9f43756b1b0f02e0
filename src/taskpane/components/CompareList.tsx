import { mergeClasses, Text } from "@fluentui/react-components";
import { KIND_LABEL } from "../../core/diff/changeText";
import type { Change, ChangeKind } from "../../core/diff/types";
import { usePane } from "../paneContext";
import { PagedList, useListStyles } from "./PagedList";

/** Each kind's bar colour (the diagram's mark colours, darker for the thin bar). */
export const KIND_COLOR: Readonly<Record<ChangeKind, string>> = {
  added: "#0B6A8A",
  removed: "#8A1538",
  recoded: "#8A4B08",
  moved: "#5B2A86",
  changed: "#A3246B",
};

/** What identifies a change in the list (kind, Kode, field). */
export function changeKey(c: Change): string {
  return `${c.kind}|${c.kode}|${c.field ?? ""}`;
}

/**
 * Bandingkan's changes as a list of buttons, like Periksa's findings: kind, Kode and cell, then
 * the reviewer's sentence; activating one selects its cell in the open workbook (a removed row
 * has none there, so it is listed but not a button that does anything).
 */
export function CompareList(props: {
  changes: readonly Change[];
  sentences: ReadonlyMap<Change, string>;
  currentKey: string | undefined;
  onSelect: (change: Change) => void;
}) {
  const { lang, t } = usePane();
  const styles = useListStyles();
  if (props.changes.length === 0) return <Text>{t("noneMatch")}</Text>;
  return (
    <PagedList
      entries={props.changes}
      label={t("compareList")}
      render={(c) => {
        const current = changeKey(c) === props.currentKey;
        const cell = c.newCell ?? c.oldCell;
        return (
          <li key={changeKey(c)}>
            <button
              type="button"
              className={mergeClasses(styles.item, current && styles.current)}
              aria-current={current ? "true" : undefined}
              data-kind={c.kind}
              data-kode={c.kode}
              data-cell={c.newCell ? `${c.newCell.sheet}!${c.newCell.cell}` : undefined}
              disabled={!c.newCell}
              onClick={() => props.onSelect(c)}
            >
              <span className={styles.bar} style={{ backgroundColor: KIND_COLOR[c.kind] }} aria-hidden />
              <span className={styles.head}>
                <span>{KIND_LABEL[c.kind][lang]}</span>
                <span>{c.kode}</span>
                <span className={styles.where}>
                  {c.newCell
                    ? `${c.newCell.sheet}!${c.newCell.cell}`
                    : t("compareRemovedCell", { cell: cell ? `${cell.sheet}!${cell.cell}` : "" })}
                </span>
              </span>
              <span className={styles.text}>{props.sentences.get(c) ?? ""}</span>
            </button>
          </li>
        );
      }}
    />
  );
}
