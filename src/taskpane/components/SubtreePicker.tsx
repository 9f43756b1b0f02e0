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
  const needle = query.trim().toLowerCase();
  const everything = needle === "" || needle === root?.toLowerCase();
  // The Kodes come unique (modelSummary); only what is listed gets a label, and with nothing
  // typed only the first few are looked at: 20,000 labels froze the pane when Buat opened.
  const { shown, total } = useMemo(() => {
    const kodes = props.model?.kodes ?? [];
    const label = (k: { kode: string; uraian: string }) => `${k.kode} — ${k.uraian}`;
    if (everything)
      return {
        shown: kodes.slice(0, SHOWN).map((k) => ({ kode: k.kode, label: label(k) })),
        total: kodes.length,
      };
    const found = kodes.filter((k) => label(k).toLowerCase().includes(needle));
    return {
      shown: found.slice(0, SHOWN).map((k) => ({ kode: k.kode, label: label(k) })),
      total: found.length,
    };
  }, [props.model, everything, needle]);
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
        {shown.map((k) => (
          <Option key={k.kode} value={k.kode} text={k.kode} className={styles.option}>
            {k.label}
          </Option>
        ))}
        {total === 0 && (
          <Option disabled value="" text="">
            {t("buildRootNone")}
          </Option>
        )}
        {total > SHOWN && (
          <Option disabled value="" text="">
            {t("buildRootMore", { n: total - SHOWN })}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
