import {
  Dropdown,
  makeStyles,
  mergeClasses,
  Option,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { columnLetters } from "../../core/a1";
import { mapRoleText, roleLabel, type ImportMapping, type MapRole } from "../../core/import";
import { currentRole, roleOptions } from "../importRoles";
import { usePane } from "../paneContext";

export const useTableStyles = makeStyles({
  // The table scrolls sideways in its own box: the pane itself never does at 320 px.
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "left",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
    "& th": { backgroundColor: tokens.colorNeutralBackground3, whiteSpace: "nowrap" },
  },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: tokens.spacingVerticalXS },
});

const useListStyles = makeStyles({
  // One entry per column, stacked: it fits the pane at any width (issue 11 §4), and each
  // drop-down is as wide as the pane, so its options open inside it and read in full.
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column" },
  item: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr) auto",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  letter: { fontWeight: tokens.fontWeightSemibold },
  header: { overflowWrap: "anywhere" },
  role: { gridColumn: "1 / -1", minWidth: 0, width: "100%" },
  reason: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground2 },
  changed: { backgroundColor: tokens.colorPaletteYellowBackground1 },
});

/**
 * The detected mapping, one entry per column: its letter, header and how sure, the role (a
 * drop-down the planner can change, as wide as the pane) and why. Roles the import's vocabulary has no word for are shown as they are.
 * @param props.changed the columns the planner changed
 * @param props.onChange called with the column and its new role (as data)
 */
export function MappingTable(props: {
  mapping: ImportMapping;
  changed: ReadonlySet<number>;
  onChange: (col: number, role: MapRole) => void;
  disabled?: boolean;
}) {
  const { lang, t } = usePane();
  const styles = useListStyles();
  const { mapping } = props;
  const options = roleOptions(mapping);
  return (
    <section aria-label={t("importMapping")}>
      <Subtitle2 as="h2">{t("importMapping")}</Subtitle2>
      <ul className={styles.list} data-testid="mapping-table">
        {mapping.columns.map((c) => {
          const letter = columnLetters(c.col);
          const current = currentRole(mapping, c);
          const value = current && mapRoleText(current);
          const level = mapping.groups[c.group]?.level;
          const shown = roleLabel(c.role, typeof level === "number" ? mapping.levels[level] : undefined)[
            lang
          ];
          const label = options.find((o) => o.value === value)?.label[lang] ?? shown;
          return (
            <li
              key={c.col}
              data-col={letter}
              className={mergeClasses(styles.item, props.changed.has(c.col) && styles.changed)}
            >
              <Text className={styles.letter}>{letter}</Text>
              <Text className={styles.header}>{c.header || "—"}</Text>
              <Text size={200} title={t("importConfidence")}>{`${Math.round(c.confidence * 100)}%`}</Text>
              <Dropdown
                size="small"
                className={styles.role}
                aria-label={t("importRoleOf", { col: letter })}
                value={label}
                selectedOptions={value ? [value] : []}
                disabled={props.disabled}
                onOptionSelect={(_e, data) => {
                  const chosen = options.find((o) => o.value === data.optionValue);
                  if (chosen && chosen.value !== value) props.onChange(c.col, chosen.role);
                }}
              >
                {options.map((o) => (
                  <Option key={o.value} value={o.value} text={o.label[lang]}>
                    {o.label[lang]}
                  </Option>
                ))}
              </Dropdown>
              <Text size={200} className={styles.reason}>
                {c.reason[lang]}
              </Text>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
