import { Dropdown, Field, makeStyles, Option, ToggleButton, tokens } from "@fluentui/react-components";
import { formatCount } from "../../core/format/number";
import type { Finding, Severity } from "../../core/rules/types";
import { usePane } from "../paneContext";
import { SEVERITIES, SEVERITY_LOOK } from "./severity";

export interface Filters {
  readonly severities: ReadonlySet<Severity>;
  /** "" for every sheet. */
  readonly sheet: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // The count is read with the label ("Kesalahan 344") but drawn quieter.
  count: { marginInlineStart: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
  dropdown: { minWidth: "0", width: "100%" },
});

/** Severity toggles (with counts) and a sheet dropdown over the findings. */
export function FindingFilters(props: {
  findings: readonly Finding[];
  filters: Filters;
  onChange: (filters: Filters) => void;
}) {
  const { t, lang } = usePane();
  const styles = useStyles();
  const { filters, onChange } = props;
  const sheets = [...new Set(props.findings.map((f) => f.sheet))];
  const count = (s: Severity) => props.findings.filter((f) => f.severity === s).length;
  const toggle = (s: Severity) => {
    const next = new Set(filters.severities);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    onChange({ ...filters, severities: next });
  };
  const allLabel = t("allSheets");
  return (
    <div className={styles.root}>
      <div role="group" aria-label={t("severityFilter")} className={styles.toggles}>
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            shape="circular"
            checked={filters.severities.has(s)}
            onClick={() => toggle(s)}
          >
            {`${t(SEVERITY_LOOK[s].label)} `}
            <span className={styles.count}>{formatCount(count(s), lang)}</span>
          </ToggleButton>
        ))}
      </div>
      <Field label={t("sheetFilter")} size="small">
        <Dropdown
          size="small"
          className={styles.dropdown}
          value={filters.sheet || allLabel}
          selectedOptions={[filters.sheet]}
          onOptionSelect={(_e, data) => onChange({ ...filters, sheet: data.optionValue ?? "" })}
        >
          <Option value="" text={allLabel}>
            {allLabel}
          </Option>
          {sheets.map((s) => (
            <Option key={s} value={s} text={s}>
              {s}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}
