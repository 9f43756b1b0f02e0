import { makeStyles } from "@fluentui/react-components";
import { forwardRef } from "react";

const useStyles = makeStyles({ input: { display: "none" } });

/** What the pane opens: .xlsx workbooks. */
const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The hidden .xlsx picker behind a pane button (the button calls `ref.current.click()`).
 * `onFiles` gets the picked files (never none); the input is emptied right after, so picking
 * the same file again opens it again.
 * @param props.label the input's accessible name
 * @example <XlsxInput ref={input} label={t("openFile")} testId="file-input" onFiles={([f]) => open(f)} />
 */
export const XlsxInput = forwardRef<
  HTMLInputElement,
  { label: string; testId: string; multiple?: boolean; onFiles: (files: File[]) => void }
>(function XlsxInput(props, ref) {
  const styles = useStyles();
  return (
    <input
      ref={ref}
      className={styles.input}
      type="file"
      multiple={props.multiple}
      accept={XLSX_TYPES}
      aria-label={props.label}
      data-testid={props.testId}
      onChange={(e) => {
        const files = [...(e.currentTarget.files ?? [])];
        e.currentTarget.value = "";
        if (files.length > 0) props.onFiles(files);
      }}
    />
  );
});
