import { Dropdown, Field, makeStyles, Option, ToggleButton, tokens } from "@fluentui/react-components";
import { KIND_LABEL } from "../../core/diff/changeText";
import type { Change, ChangeKind } from "../../core/diff/types";
import { usePane } from "../paneContext";

export const CHANGE_KINDS: readonly ChangeKind[] = ["added", "removed", "recoded", "moved", "changed"];

export interface CompareFilter {
  readonly kinds: ReadonlySet<ChangeKind>;
  /** "" for every level. */
  readonly level: string;
}

export const ALL_CHANGES: CompareFilter = { kinds: new Set(CHANGE_KINDS), level: "" };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  count: { marginInlineStart: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
  dropdown: { minWidth: "0", width: "100%" },
});

/** Bandingkan's filters: a toggle per kind of change (with its count) and the level. */
export function CompareFilters(props: {
  changes: readonly Change[];
  filter: CompareFilter;
  onChange: (filter: CompareFilter) => void;
}) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const { filter, onChange } = props;
  const kinds = CHANGE_KINDS.filter((k) => props.changes.some((c) => c.kind === k));
  const levels = [...new Set(props.changes.map((c) => c.level))];
  const toggle = (k: ChangeKind) => {
    const next = new Set(filter.kinds);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    onChange({ ...filter, kinds: next });
  };
  const all = t("compareAllLevels");
  return (
    <div className={styles.root}>
      <div role="group" aria-label={t("compareKinds")} className={styles.toggles}>
        {kinds.map((k) => (
          <ToggleButton
            key={k}
            size="small"
            shape="circular"
            checked={filter.kinds.has(k)}
            data-kind={k}
            onClick={() => toggle(k)}
          >
            {`${KIND_LABEL[k][lang]} `}
            <span className={styles.count}>{props.changes.filter((c) => c.kind === k).length}</span>
          </ToggleButton>
        ))}
      </div>
      <Field label={t("compareLevel")} size="small">
        <Dropdown
          size="small"
          className={styles.dropdown}
          value={filter.level || all}
          selectedOptions={[filter.level]}
          onOptionSelect={(_e, data) => onChange({ ...filter, level: data.optionValue ?? "" })}
        >
          <Option value="" text={all}>
            {all}
          </Option>
          {levels.map((l) => (
            <Option key={l} value={l} text={l}>
              {l}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}
