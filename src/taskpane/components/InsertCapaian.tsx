import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CapaianSelection } from "../host";
import { usePane } from "../paneContext";
import type { PaneAction } from "../usePaneAction";
import { Progress } from "./Progress";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalXL,
  },
  where: { overflowWrap: "anywhere" },
});

type PolarityChoice = "Positif" | "Negatif" | `col:${number}`;

/**
 * Sisipkan rumus capaian (issue 14 §4): the user selects a table of their own in Excel, picks
 * its target and realisasi columns and the polarity (fixed, or a column saying it per row);
 * Pokin writes the `Capaian YYYY` formulas in the two empty columns to its right, in one write.
 * Outside Office there is no sheet to select in: the section says it works in Excel.
 */
export function InsertCapaian(props: { action: PaneAction }) {
  const { host, lang, t } = usePane();
  const styles = useStyles();
  const { action } = props;
  const [selection, setSelection] = useState<CapaianSelection>();
  const [target, setTarget] = useState(0);
  const [realisasi, setRealisasi] = useState(0);
  const [polarity, setPolarity] = useState<PolarityChoice>("Positif");
  const [header, setHeader] = useState(true);
  const busy = action.busy !== undefined;
  const take = () =>
    void action.run({ key: "loading" }, async () => {
      const sel = await host.capaianSelection();
      const find = (re: RegExp, fallback: number) =>
        sel.columns.find((c) => re.test(c.title))?.col ?? fallback;
      setSelection(sel);
      setTarget(find(/target/i, sel.columns[0]?.col ?? 0));
      setRealisasi(find(/realisasi|capaian fisik/i, sel.columns[1]?.col ?? 0));
      const pol = sel.columns.find((c) => /polari|sifat indikator/i.test(c.title));
      setPolarity(pol ? `col:${pol.col}` : "Positif");
    });
  const insert = (sel: CapaianSelection) =>
    void action.run(
      { key: "inserting" },
      () =>
        host.insertCapaian({
          sheet: sel.sheet,
          range: sel.range,
          header,
          targetCol: target,
          realisasiCol: realisasi,
          polaritas: polarity.startsWith("col:")
            ? { col: Number(polarity.slice(4)) }
            : (polarity as "Positif"),
          lang,
        }),
      "inserted",
    );
  const label = (c: CapaianSelection["columns"][number]) => (c.title ? `${c.letter} — ${c.title}` : c.letter);
  const columnSelect = (
    value: number,
    set: (v: number) => void,
    name: "targetColumn" | "realisasiColumn",
  ) => (
    <Field label={t(name)}>
      <Select value={String(value)} onChange={(_e, d) => set(Number(d.value))}>
        {selection?.columns.map((c) => (
          <option key={c.col} value={c.col}>
            {label(c)}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <section className={styles.root} aria-labelledby="pokin-capaian-title">
      <Subtitle2 as="h2" id="pokin-capaian-title">
        {t("capaianTitle")}
      </Subtitle2>
      {host.kind === "browser" ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("capaianExcelOnly")}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text>{t("capaianIntro")}</Text>
          <Button disabled={busy} onClick={take}>
            {t("useSelection")}
          </Button>
        </>
      )}
      {selection && (
        <>
          <Text className={styles.where}>
            {t("selectionIs", { sheet: selection.sheet, range: rangeText(selection) })}
          </Text>
          {columnSelect(target, setTarget, "targetColumn")}
          {columnSelect(realisasi, setRealisasi, "realisasiColumn")}
          <Field label={t("polarity")}>
            <Select value={polarity} onChange={(_e, d) => setPolarity(d.value as PolarityChoice)}>
              <option value="Positif">{t("polarityPositive")}</option>
              <option value="Negatif">{t("polarityNegative")}</option>
              {selection.columns.map((c) => (
                <option key={c.col} value={`col:${c.col}`}>
                  {t("polarityColumn", { col: label(c) })}
                </option>
              ))}
            </Select>
          </Field>
          <Checkbox
            checked={header}
            onChange={(_e, d) => setHeader(d.checked === true)}
            label={t("firstRowHeader")}
          />
          <Button appearance="primary" disabled={busy} onClick={() => insert(selection)}>
            {t("insertButton")}
          </Button>
        </>
      )}
      {host.kind !== "browser" && (
        <Progress
          label={
            action.busy?.key === "loading" || action.busy?.key === "inserting"
              ? t(action.busy.key)
              : undefined
          }
        />
      )}
    </section>
  );
}

function rangeText(sel: CapaianSelection): string {
  const first = sel.columns[0]?.letter ?? "A";
  const last = sel.columns[sel.columns.length - 1]?.letter ?? first;
  return `${first}${sel.range.row + 1}:${last}${sel.range.row + sel.range.rows}`;
}
