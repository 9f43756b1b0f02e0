import {
  Checkbox,
  Dropdown,
  Field,
  Label,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  tokens,
  useId,
} from "@fluentui/react-components";
import { BUILD_SHEET_KINDS, type BuildSheetKind } from "../../core/actions";
import { CASCADING_SHEET, DIAGRAM_SHEET, REPORT_SHEET } from "../../core/sheets";
import { usePane } from "../paneContext";
import type { BuildChoiceState } from "../useBuildChoice";
import type { ModelSummary } from "../worker/paneJobs";
import { SubtreePicker } from "./SubtreePicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: "0", width: "100%" },
  sheets: { display: "flex", flexDirection: "column" },
});

const SHEET_LABEL: Record<Exclude<BuildSheetKind, "capaian">, string> = {
  diagram: DIAGRAM_SHEET,
  cascading: CASCADING_SHEET,
  report: REPORT_SHEET,
};

/** Buat's options: year, orientation, subtree, depth and the sheets to generate. */
export function BuildOptions(props: {
  model: ModelSummary | undefined;
  choice: BuildChoiceState;
  onChange: (change: Partial<BuildChoiceState>) => void;
}) {
  const { t } = usePane();
  const styles = useStyles();
  const sheetsId = useId("build-sheets");
  const { model, choice, onChange } = props;
  const years = [...(model?.settings.years ?? [])];
  if (choice.year !== undefined && !years.includes(choice.year)) years.push(choice.year);
  const levels = model?.levels.length ?? 0;
  const depthText = (d: number | undefined) =>
    d === undefined ? t("buildDepthAll") : t("buildDepthN", { n: d });
  const sheetLabel = (k: BuildSheetKind) =>
    k === "capaian"
      ? t("buildSheetCapaian", { year: choice.year === undefined ? "—" : String(choice.year) })
      : SHEET_LABEL[k];
  const toggle = (k: BuildSheetKind, on: boolean) => {
    const sheets = new Set(choice.sheets);
    if (on) sheets.add(k);
    else sheets.delete(k);
    onChange({ sheets });
  };
  return (
    <div className={styles.root}>
      <div className={styles.pair}>
        <Field label={t("buildYear")} size="small">
          <Dropdown
            size="small"
            className={styles.dropdown}
            disabled={years.length === 0}
            value={choice.year === undefined ? t("buildNoYear") : String(choice.year)}
            selectedOptions={choice.year === undefined ? [] : [String(choice.year)]}
            onOptionSelect={(_e, d) => onChange({ year: Number(d.optionValue) })}
          >
            {years.map((y) => (
              <Option key={y} value={String(y)}>
                {String(y)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t("buildDepth")} size="small">
          <Dropdown
            size="small"
            className={styles.dropdown}
            value={depthText(choice.depth)}
            selectedOptions={[String(choice.depth ?? "")]}
            onOptionSelect={(_e, d) => onChange({ depth: d.optionValue ? Number(d.optionValue) : undefined })}
          >
            {[undefined, ...Array.from({ length: levels }, (_, i) => i + 1)].map((d) => (
              <Option key={String(d)} value={String(d ?? "")} text={depthText(d)}>
                {depthText(d)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field label={t("buildOrientation")} size="small">
        <RadioGroup
          layout="horizontal"
          value={choice.orientation}
          onChange={(_e, d) => onChange({ orientation: d.value === "right" ? "right" : "down" })}
        >
          <Radio value="down" label={t("orientationDown")} />
          <Radio value="right" label={t("orientationRight")} />
        </RadioGroup>
      </Field>
      <SubtreePicker model={model} root={choice.root} onChange={(root) => onChange({ root })} />
      <div role="group" aria-labelledby={sheetsId} className={styles.sheets}>
        <Label id={sheetsId} size="small">
          {t("buildSheets")}
        </Label>
        {BUILD_SHEET_KINDS.map((k) => (
          <Checkbox
            key={k}
            label={sheetLabel(k)}
            disabled={k === "capaian" && choice.year === undefined}
            checked={choice.sheets.has(k) && !(k === "capaian" && choice.year === undefined)}
            onChange={(_e, d) => toggle(k, d.checked === true)}
          />
        ))}
      </div>
    </div>
  );
}
