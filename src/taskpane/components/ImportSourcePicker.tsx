import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { ImportSources } from "../importHost";
import { usePane } from "../paneContext";
import { SELECTION } from "../useImportSources";

/**
 * The dropdown of Impor's sources: the workbook's sheets and, inside Excel, the selection
 * (shown with its address).
 */
export function ImportSourcePicker(props: {
  sources: ImportSources | undefined;
  source: string | undefined;
  disabled: boolean;
  onChoose: (source: string) => void;
}) {
  const { t } = usePane();
  const { sources, source } = props;
  const label = (value: string | undefined) =>
    value === SELECTION ? t("importSelection", { address: sources?.selection ?? "" }) : (value ?? "");
  return (
    <Field label={t("importSource")}>
      <Dropdown
        value={label(source)}
        selectedOptions={source !== undefined ? [source] : []}
        disabled={props.disabled}
        onOptionSelect={(_e, data) => data.optionValue && props.onChoose(data.optionValue)}
      >
        {(sources?.sheets ?? []).map((s) => (
          <Option key={s} value={s}>
            {s}
          </Option>
        ))}
        {sources?.selection !== undefined && (
          <Option value={SELECTION} text={label(SELECTION)}>
            {label(SELECTION)}
          </Option>
        )}
      </Dropdown>
    </Field>
  );
}
