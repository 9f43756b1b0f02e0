import { makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { formatCount } from "../../core/format/number";
import type { Finding } from "../../core/rules/types";
import { usePane } from "../paneContext";
import { SEVERITIES, SEVERITY_LOOK } from "./severity";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  count: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  dot: { width: "8px", height: "8px", borderRadius: tokens.borderRadiusCircular, flexShrink: 0 },
  sheets: { margin: 0, padding: 0, listStyleType: "none" },
  sheet: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingBlock: "2px",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  sheetName: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

/** Counts of the findings by severity and by sheet (level sheets in level order). */
export function FindingsSummary(props: { findings: readonly Finding[] }) {
  const { t, lang } = usePane();
  const styles = useStyles();
  const bySeverity = new Map(SEVERITIES.map((s) => [s, 0]));
  const bySheet = new Map<string, number>();
  for (const f of props.findings) {
    bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
    // Findings come sorted by level order, so insertion order is level order.
    bySheet.set(f.sheet, (bySheet.get(f.sheet) ?? 0) + 1);
  }
  return (
    <section aria-label={t("summaryLabel")} className={styles.root}>
      <Subtitle2 as="h2">{t("findingsTotal", { n: props.findings.length })}</Subtitle2>
      <div className={styles.counts}>
        {SEVERITIES.map((s) => (
          <span key={s} className={styles.count} data-severity={s}>
            <span className={styles.dot} style={{ backgroundColor: SEVERITY_LOOK[s].color }} aria-hidden />
            <Text>{t(SEVERITY_LOOK[s].count, { n: bySeverity.get(s) ?? 0 })}</Text>
          </span>
        ))}
      </div>
      <Text size={200} weight="semibold">
        {t("bySheet")}
      </Text>
      <ul className={styles.sheets} aria-label={t("bySheet")}>
        {[...bySheet].map(([sheet, n]) => (
          <li key={sheet} className={styles.sheet}>
            <Text size={200} className={styles.sheetName}>
              {sheet}
            </Text>
            <Text size={200}>{formatCount(n, lang)}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
