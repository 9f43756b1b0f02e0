import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { KIND_LABEL } from "../../core/diff/changeText";
import type { Change, ChangeKind } from "../../core/diff/types";
import { usePane } from "../paneContext";

const PAGE = 100;

/** Each kind's bar colour (the diagram's mark colours, darker for the thin bar). */
export const KIND_COLOR: Readonly<Record<ChangeKind, string>> = {
  added: "#0B6A8A",
  removed: "#8A1538",
  recoded: "#8A4B08",
  moved: "#5B2A86",
  changed: "#A3246B",
};

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  item: {
    display: "grid",
    gridTemplateColumns: "4px 1fr",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} 0`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":disabled": { cursor: "default" },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  current: { backgroundColor: tokens.colorBrandBackground2 },
  bar: { borderRadius: tokens.borderRadiusSmall, gridRow: "1 / span 2" },
  head: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  where: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  sentence: { overflowWrap: "anywhere" },
  more: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

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
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const visible = props.changes.slice(0, shown);
  if (props.changes.length === 0) return <Text>{t("noneMatch")}</Text>;
  return (
    <>
      <ul role="list" aria-label={t("compareList")} className={styles.list}>
        {visible.map((c) => {
          const current = changeKey(c) === props.currentKey;
          const cell = c.newCell ?? c.oldCell;
          return (
            <li key={changeKey(c)}>
              <button
                type="button"
                className={current ? `${styles.item} ${styles.current}` : styles.item}
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
                <span className={styles.sentence}>{props.sentences.get(c) ?? ""}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {shown < props.changes.length && (
        <div className={styles.more}>
          <Text size={200}>{t("showing", { shown: visible.length, total: props.changes.length })}</Text>
          <Button size="small" onClick={() => setShown(shown + PAGE)}>
            {t("showMore")}
          </Button>
        </div>
      )}
    </>
  );
}
