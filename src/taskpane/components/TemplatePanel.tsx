import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { templateAction } from "../../core/actions";
import type { PaneAction } from "../usePaneAction";
import { usePane } from "../paneContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  // Reserved height: the spinner appearing moves nothing.
  status: { minHeight: "20px" },
});

/** Templat: writes the structured workbook (empty, or the Banjarnegara sample) into the open workbook. */
export function TemplatePanel(props: { action: PaneAction }) {
  const { host, lang, t } = usePane();
  const styles = useStyles();
  const { action } = props;
  const done = host.kind === "browser" ? "templateDoneBrowser" : "templateDone";
  const write = (sample: boolean) =>
    void action.run(
      { key: "templateWorking" },
      () => host.applyPlan(templateAction({ sample, lang }).plan),
      done,
    );
  const busy = action.busy !== undefined;
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
      <div className={styles.status}>
        {action.busy?.key === "templateWorking" && <Spinner size="extra-tiny" label={t("templateWorking")} />}
      </div>
    </div>
  );
}
