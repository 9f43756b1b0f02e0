import { Combobox, Field, makeStyles, Option } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { ModelSummary } from "../worker/paneJobs";
import { usePane } from "../paneContext";

/** Options listed at once: a workbook can hold thousands of Kodes; typing narrows them. */
const SHOWN = 50;

const useStyles = makeStyles({
  box: { minWidth: "0", width: "100%" },
  option: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

/**
 * The subtree option: a combobox of the workbook's Kodes, searchable by Kode or Uraian.
 * Anything typed is taken as a Kode when the field is left; an unknown Kode shows as a
 * problem in the preview (and Buat explains it) rather than being silently ignored.
 */
export function SubtreePicker(props: {
  model: ModelSummary | undefined;
  root: string | undefined;
  onChange: (root: string | undefined) => void;
}) {
  const { t } = usePane();
  const styles = useStyles();
  const { root, onChange } = props;
  const [query, setQuery] = useState(root ?? "");
  useEffect(() => setQuery(root ?? ""), [root]);
  const all = useMemo(() => {
    const seen = new Set<string>();
    const out: { kode: string; label: string; key: string }[] = [];
    for (const ind of props.model?.kodes ?? []) {
      if (seen.has(ind.kode)) continue;
      seen.add(ind.kode);
      const label = `${ind.kode} — ${ind.uraian}`;
      out.push({ kode: ind.kode, label, key: label.toLowerCase() });
    }
    return out;
  }, [props.model]);
  const needle = query.trim().toLowerCase();
  const matches =
    needle === "" || needle === root?.toLowerCase() ? all : all.filter((k) => k.key.includes(needle));
  const commit = (value: string) => {
    const kode = value.trim();
    if ((kode || undefined) !== root) onChange(kode || undefined);
  };
  return (
    <Field label={t("buildRoot")} hint={t("buildRootHint")} size="small">
      <Combobox
        size="small"
        freeform
        clearable
        className={styles.box}
        placeholder={t("buildRootPlaceholder")}
        value={query}
        selectedOptions={root ? [root] : []}
        onChange={(e) => {
          setQuery(e.target.value);
          if (e.target.value.trim() === "") commit("");
        }}
        onOptionSelect={(_e, data) => {
          setQuery(data.optionValue ?? "");
          commit(data.optionValue ?? "");
        }}
        onBlur={() => commit(query)}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit(query);
        }}
      >
        {matches.slice(0, SHOWN).map((k) => (
          <Option key={k.kode} value={k.kode} text={k.kode} className={styles.option}>
            {k.label}
          </Option>
        ))}
        {matches.length === 0 && (
          <Option disabled value="" text="">
            {t("buildRootNone")}
          </Option>
        )}
        {matches.length > SHOWN && (
          <Option disabled value="" text="">
            {t("buildRootMore", { n: matches.length - SHOWN })}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
