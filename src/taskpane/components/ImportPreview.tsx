import { Dropdown, makeStyles, Option, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { columnLetters } from "../../core/a1";
import type { ImportMapping, ImportPreview as Preview } from "../../core/import";
import { usePane } from "../paneContext";
import { useTableStyles } from "./MappingTable";

const FIRST = 5;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * The level of each column group (changeable: it sets the group's Uraian column to that level),
 * then the first rows read per level (Kode, Kode Induk, Uraian, Indikator, Satuan, target) and
 * every skipped row with its reason.
 */
export function ImportPreview(props: {
  preview: Preview;
  mapping: ImportMapping;
  onLevel: (col: number, level: string) => void;
  disabled?: boolean;
}) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const table = useTableStyles();
  const { preview, mapping } = props;
  const skipped = preview.reports.filter((r) => r.status === "skipped");
  const levels = preview.content.levels.filter((l) => l.rows.length > 0);
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{t("importGroups")}</Subtitle2>
      {mapping.groups.map((g) => {
        const letter = columnLetters(g.col);
        const name = typeof g.level === "number" ? mapping.levels[g.level] : undefined;
        return (
          <div key={g.col} className={styles.group}>
            <Text size={200} weight="semibold">{`${g.label} (${letter})`}</Text>
            {g.level === "list" ? (
              <Text size={200}>{t("importPerRow")}</Text>
            ) : (
              <Dropdown
                size="small"
                aria-label={t("importGroupLevel", { label: g.label, col: letter })}
                value={name ?? "—"}
                selectedOptions={name ? [name] : []}
                disabled={props.disabled}
                onOptionSelect={(_e, data) => {
                  if (data.optionValue && data.optionValue !== name) props.onLevel(g.col, data.optionValue);
                }}
              >
                {mapping.levels.map((l) => (
                  <Option key={l} value={l}>
                    {l}
                  </Option>
                ))}
              </Dropdown>
            )}
            <Text size={100}>{g.reason[lang]}</Text>
          </div>
        );
      })}
      <Subtitle2 as="h2">{t("importPreview")}</Subtitle2>
      {levels.length === 0 && <Text>{t("importNoRows")}</Text>}
      {levels.map((level) => {
        const years = [...new Set(level.rows.flatMap((r) => Object.keys(r.targets ?? {})))].sort();
        const year = years.includes(String(mapping.year)) ? String(mapping.year) : years[0];
        return (
          <div key={level.name} className={styles.group} data-level={level.name}>
            <Text weight="semibold">{t("importLevelRows", { level: level.name, n: level.rows.length })}</Text>
            <div className={table.scroll} role="region" aria-label={level.name} tabIndex={0}>
              <table className={table.table}>
                <caption className={table.caption}>
                  {t("importFirstRows", { n: Math.min(FIRST, level.rows.length), level: level.name })}
                </caption>
                <thead>
                  <tr>
                    {[
                      "Kode",
                      "Kode Induk",
                      "Uraian",
                      "Indikator",
                      "Satuan",
                      ...(year ? [`Target ${year}`] : []),
                    ].map((h) => (
                      <th key={h} scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {level.rows.slice(0, FIRST).map((r, i) => (
                    <tr key={`${r.kode}-${i}`}>
                      <td>{r.kode}</td>
                      <td>{r.kodeInduk ?? ""}</td>
                      <td>{r.uraian}</td>
                      <td>{r.indikator}</td>
                      <td>{r.satuan ?? ""}</td>
                      {year && <td>{String(r.targets?.[Number(year)] ?? "")}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
      <Text weight="semibold">{t("importSkipped", { n: skipped.length })}</Text>
      {skipped.length > 0 && (
        <ul className={styles.list} aria-label={t("importSkipped", { n: skipped.length })}>
          {skipped.slice(0, 100).map((r) => (
            <li key={r.row}>
              <Text size={200}>
                {t("importSkippedRow", { row: String(r.row + 1), reason: r.reason?.[lang] ?? "" })}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
