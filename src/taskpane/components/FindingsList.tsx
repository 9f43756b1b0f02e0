import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/rules/types";
import type { Mark } from "../liveMarks";
import { usePane } from "../paneContext";
import { SEVERITY_LOOK } from "./severity";

/** How many findings are drawn at first, and how many more each "Show more" adds. */
const PAGE = 100;

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
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  bar: { borderRadius: tokens.borderRadiusSmall, gridRow: "1 / span 2" },
  head: { display: "flex", gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  where: {
    color: tokens.colorNeutralForeground2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  message: { overflowWrap: "anywhere" },
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
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  more: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

/**
 * The findings as a list of buttons (rule, cell, message); activating one (click, Enter,
 * Space) selects its cell. Long lists are drawn a page at a time.
 */
export function FindingsList(props: {
  findings: readonly Finding[];
  /** The selected finding's key (rule|sheet|cell). */
  currentKey: string | undefined;
  onSelect: (finding: Finding) => void;
  /** Periksa otomatis: findings that just appeared or went, by `markKey`. */
  marks?: ReadonlyMap<string, Mark>;
  markKey?: (finding: Finding) => string;
}) {
  const { t } = usePane();
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const visible = props.findings.slice(0, shown);
  if (props.findings.length === 0) return <Text>{t("noneMatch")}</Text>;
  return (
    <>
      <ul role="list" aria-label={t("findingsList")} className={styles.list}>
        {visible.map((f, i) => {
          const current = findingKey(f) === props.currentKey;
          const mark = props.markKey && props.marks?.get(props.markKey(f));
          const look = [
            styles.item,
            current && styles.current,
            mark === "new" && styles.fresh,
            mark === "gone" && styles.gone,
          ];
          return (
            <li key={`${f.rule}|${f.sheet}|${f.cell}|${i}`}>
              <button
                type="button"
                className={look.filter(Boolean).join(" ")}
                data-mark={mark || undefined}
                data-excepted={f.excepted ? "true" : undefined}
                aria-current={current ? "true" : undefined}
                data-rule={f.rule}
                data-cell={`${f.sheet}!${f.cell}`}
                onClick={() => props.onSelect(f)}
              >
                <span
                  className={styles.bar}
                  style={{ backgroundColor: SEVERITY_LOOK[f.severity].color }}
                  aria-hidden
                />
                <span className={styles.head}>
                  <span className={styles.hidden}>{t(SEVERITY_LOOK[f.severity].label)}</span>
                  {mark && (
                    <span className={styles.hidden}>{t(mark === "new" ? "findingNew" : "findingGone")}</span>
                  )}
                  <span>{f.rule}</span>
                  <span className={styles.where}>
                    {f.sheet}!{f.cell}
                  </span>
                </span>
                <span className={styles.message}>{f.message}</span>
                {f.excepted && (
                  <span className={styles.excepted}>
                    {t("exceptedBecause", { catatan: f.catatan ?? "" })}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {shown < props.findings.length && (
        <div className={styles.more}>
          <Text size={200}>{t("showing", { shown: visible.length, total: props.findings.length })}</Text>
          <Button size="small" onClick={() => setShown(shown + PAGE)}>
            {t("showMore")}
          </Button>
        </div>
      )}
    </>
  );
}

/** What identifies a finding across languages: its rule and cell. */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.sheet}|${f.cell}`;
}
