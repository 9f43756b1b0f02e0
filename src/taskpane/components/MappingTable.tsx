import { Dropdown, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import { columnLetters } from "../../core/a1";
import { roleLabel, type ImportMapping } from "../../core/import";
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
  reason: { minWidth: "220px" },
  header: { minWidth: "120px" },
  role: { minWidth: "190px" },
  changed: { backgroundColor: tokens.colorPaletteYellowBackground1 },
});

/**
 * The detected mapping as a table: column letter, header, role (a drop-down the planner can
 * change), how sure, and why. Roles the import's vocabulary has no word for are shown as they are.
 * @param props.changed the columns the planner changed
 * @param props.onChange called with the column and the new role's `--map` text
 */
export function MappingTable(props: {
  mapping: ImportMapping;
  changed: ReadonlySet<number>;
  onChange: (col: number, value: string) => void;
  disabled?: boolean;
}) {
  const { lang, t } = usePane();
  const styles = useTableStyles();
  const { mapping } = props;
  const options = roleOptions(mapping);
  return (
    <div className={styles.scroll} role="region" aria-label={t("importMapping")} tabIndex={0}>
      <table className={styles.table} data-testid="mapping-table">
        <caption className={styles.caption}>{t("importMapping")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("importColumn")}</th>
            <th scope="col">{t("importHeaderText")}</th>
            <th scope="col">{t("importRole")}</th>
            <th scope="col">{t("importConfidence")}</th>
            <th scope="col">{t("importReason")}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.columns.map((c) => {
            const letter = columnLetters(c.col);
            const value = currentRole(mapping, c);
            const level = mapping.groups[c.group]?.level;
            const shown = roleLabel(c.role, typeof level === "number" ? mapping.levels[level] : undefined)[
              lang
            ];
            const label = options.find((o) => o.value === value)?.label[lang] ?? shown;
            return (
              <tr
                key={c.col}
                data-col={letter}
                className={props.changed.has(c.col) ? styles.changed : undefined}
              >
                <th scope="row">{letter}</th>
                <td className={styles.header}>{c.header || "—"}</td>
                <td className={styles.role}>
                  <Dropdown
                    size="small"
                    aria-label={t("importRoleOf", { col: letter })}
                    value={label}
                    selectedOptions={value ? [value] : []}
                    disabled={props.disabled}
                    onOptionSelect={(_e, data) => {
                      if (data.optionValue && data.optionValue !== value)
                        props.onChange(c.col, data.optionValue);
                    }}
                  >
                    {options.map((o) => (
                      <Option key={o.value} value={o.value} text={o.label[lang]}>
                        {o.label[lang]}
                      </Option>
                    ))}
                  </Dropdown>
                </td>
                <td>{`${Math.round(c.confidence * 100)}%`}</td>
                <td className={styles.reason}>
                  <Text size={200}>{c.reason[lang]}</Text>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
