import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { templateAction, type TemplateOutcome } from "../../core/actions";
import { BrowserHost } from "../hosts/browserHost";
import type { PaneAction } from "../usePaneAction";
import { usePane } from "../paneContext";
import { Progress } from "./Progress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * Templat: writes the structured workbook (empty, or the Banjarnegara sample) into the open
 * workbook. Sheets that already exist are never overwritten: the pane says which were kept (or
 * that nothing was written) and offers a new workbook, or replacing them after a backup.
 */
export function TemplatePanel(props: { action: PaneAction }) {
  const { host, lang, t } = usePane();
  const styles = useStyles();
  const { action } = props;
  const [result, setResult] = useState<{ sample: boolean; out: TemplateOutcome }>();
  const shown = useRef<HTMLDivElement>(null);
  useEffect(() => shown.current?.focus(), [result]);
  const write = (sample: boolean, replace = false) => {
    setResult(undefined);
    void action.run({ key: "templateWorking" }, async () => {
      const existing = await host.readWorkbook().then(
        (data) => data.sheets.map((s) => s.name),
        () => [], // no workbook open yet (outside Office): everything is new
      );
      const out = templateAction({ sample, lang, existing, ...(replace ? { replace: new Date() } : {}) });
      if (out.plan.sheets.length > 0) await host.applyPlan(out.plan);
      setResult({ sample, out });
    });
  };
  const openNew = (sample: boolean) => {
    if (!(host instanceof BrowserHost)) return;
    setResult(undefined);
    const template = templateAction({ sample, lang });
    const name = t(sample ? "sampleFileName" : "templateNewFileName");
    void action.run({ key: "templateWorking" }, () => host.openNew(template, name));
  };
  const busy = action.busy !== undefined;
  const list = (names: readonly string[]) => names.join(", ");
  const out = result?.out;
  return (
    <div className={styles.root}>
      <Text>{t("templateIntro")}</Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => write(false)}>
          {t("templateEmpty")}
        </Button>
        <Button disabled={busy} onClick={() => write(true)}>
          {t("templateSample")}
        </Button>
      </div>
      <Progress label={action.busy?.key === "templateWorking" ? t("templateWorking") : undefined} />
      {result && out && (
        <div ref={shown} tabIndex={-1} className={styles.result} data-testid="template-result">
          <MessageBar intent={out.kept.length > 0 ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              {out.backups.length > 0
                ? t("templateReplaced", {
                    sheets: list(out.backups.map((b) => b.sheet)),
                    backups: list(out.backups.map((b) => b.backup)),
                  })
                : out.written.length === 0
                  ? t("templateNothing", { sheets: list(out.kept) })
                  : out.kept.length > 0
                    ? t("templatePartly", { written: list(out.written), kept: list(out.kept) })
                    : t(host.kind === "browser" ? "templateDoneBrowser" : "templateDone")}
            </MessageBarBody>
          </MessageBar>
          {out.kept.length > 0 && (
            <>
              <Text weight="semibold">{t("templateOptions")}</Text>
              {host instanceof BrowserHost ? (
                <>
                  <Button disabled={busy} onClick={() => openNew(result.sample)}>
                    {t("templateNewWorkbook")}
                  </Button>
                  <Text size={200}>{t("templateNewWorkbookHint")}</Text>
                </>
              ) : (
                <Text>{t("templateNewWorkbookExcel")}</Text>
              )}
              <Button disabled={busy} onClick={() => write(result.sample, true)}>
                {t("templateReplace")}
              </Button>
              <Text size={200}>{t("templateReplaceHint")}</Text>
            </>
          )}
        </div>
      )}
    </div>
  );
}
