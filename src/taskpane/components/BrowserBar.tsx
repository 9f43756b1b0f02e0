import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { BrowserHost, BrowserState } from "../hosts/browserHost";
import type { PaneAction } from "../usePaneAction";
import { usePane } from "../paneContext";
import { Progress } from "./Progress";
import { XlsxInput } from "./XlsxInput";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // One line, always there: a long name or a spinner never pushes the pane down.
  file: { minHeight: "20px", display: "flex", alignItems: "center", overflow: "hidden" },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

/** Outside Office: the "not inside Excel" banner, the open file, and Buka / Contoh / Unduh. */
export function BrowserBar(props: { host: BrowserHost; state: BrowserState; action: PaneAction }) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { host, state, action } = props;
  const busy = action.busy !== undefined;
  const loading = action.busy?.key === "loadingSample" || action.busy?.key === "openingFile";
  const open = (file: File | undefined) => {
    if (file) void action.run({ key: "openingFile", vars: { name: file.name } }, () => host.openFile(file));
  };
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("notInExcelTitle")}</MessageBarTitle>
          {t("notInExcelBody")}
        </MessageBarBody>
      </MessageBar>
      <Progress
        label={loading && action.busy ? t(action.busy.key, action.busy.vars) : undefined}
        className={styles.file}
      >
        <Text size={200} className={styles.name} title={state.fileName}>
          {state.fileName ? t("fileLabel", { name: state.fileName }) : t("noFile")}
        </Text>
      </Progress>
      <div className={styles.buttons}>
        <Button size="small" disabled={busy} onClick={() => input.current?.click()}>
          {t("openFile")}
        </Button>
        <Button
          size="small"
          disabled={busy}
          title={t("sampleHint")}
          onClick={() => void action.run({ key: "loadingSample" }, () => host.loadSample(lang))}
        >
          {t("sample")}
        </Button>
        <Button
          size="small"
          disabled={busy || !state.data}
          onClick={() => void action.attempt(() => host.download())}
        >
          {t("download")}
        </Button>
      </div>
      <XlsxInput ref={input} label={t("openFile")} testId="file-input" onFiles={([file]) => open(file)} />
    </div>
  );
}
