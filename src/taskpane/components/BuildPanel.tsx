import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { downloadBlob } from "../downloadBlob";
import type { BuildChoice } from "../host";
import { usePane } from "../paneContext";
import { useBuildChoice } from "../useBuildChoice";
import { useBuildModel } from "../useBuildModel";
import { useDiagramPreview } from "../useDiagramPreview";
import { paneWorker } from "../worker/workerClient";
import type { PaneAction } from "../usePaneAction";
import { BuildOptions } from "./BuildOptions";
import { DiagramPreview } from "./DiagramPreview";
import { Progress } from "./Progress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  buttons: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  done: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

/**
 * Buat: the options, a live preview of the diagram, Ekspor SVG, and Buat, which writes the
 * chosen generated sheets (in Excel, or into the open workbook outside Office).
 * `version`/`ready` come from the browser host (outside Office), so the preview follows the
 * open workbook.
 */
export function BuildPanel(props: { action: PaneAction; version: number; ready: boolean }) {
  const { host, lang, t } = usePane();
  const styles = useStyles();
  const { action } = props;
  const { model, data, readAt, reading, read } = useBuildModel(
    host,
    action.attempt,
    props.version,
    props.ready,
  );
  const [choice, change] = useBuildChoice(model);
  const [built, setBuilt] = useState<readonly string[]>();
  const { diagram, drawing } = useDiagramPreview(model && data, readAt, choice, lang);
  // Buat disables itself while it runs, which drops the focus to the page: it goes to the
  // result instead, so keyboard and screen reader users land on what Buat did.
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (built) result.current?.focus();
  }, [built]);

  const sheets = [...choice.sheets].filter((k) => k !== "capaian" || choice.year !== undefined);
  const busy = action.busy !== undefined;
  const building = action.busy?.key === "building";
  // One line of progress: the user's action first, then the preview's own work.
  const ownKey = building || action.busy?.key === "exportingSvg" ? action.busy?.key : undefined;
  const working = ownKey ?? (reading ? "buildReading" : drawing ? "buildDrawing" : undefined);
  const exportSvg = () => {
    if (!data) return;
    const name = t("svgFileName", { year: choice.year === undefined ? "" : String(choice.year) }).replace(
      "-.svg",
      ".svg",
    );
    const { year, orientation, root, depth } = choice;
    const request = { year, orientation, root, depth };
    void action.run({ key: "exportingSvg" }, async () => {
      // The whole diagram, not only what the preview shows.
      const whole = await paneWorker.run({
        op: "preview",
        data: paneWorker.ref(data),
        request,
        lang,
        now: readAt,
        whole: true,
      });
      downloadBlob(new Blob([whole.svg], { type: "image/svg+xml;charset=utf-8" }), name);
    });
  };
  const build = () => {
    setBuilt(undefined);
    const request: BuildChoice = { ...choice, sheets, lang, generatedAt: new Date() };
    void action.run({ key: "building" }, async () => {
      // Let the progress indicator paint before the (synchronous) plan is computed.
      await new Promise((resolve) => setTimeout(resolve, 0));
      setBuilt(await host.build(request));
    });
  };
  const onChange = (c: Parameters<typeof change>[0]) => {
    setBuilt(undefined);
    change(c);
  };

  return (
    <div className={styles.root}>
      <Text>{t("buildIntro")}</Text>
      <BuildOptions model={model} choice={choice} onChange={onChange} />
      {diagram && (
        <DiagramPreview
          svg={diagram.svg}
          boxes={diagram.boxes}
          notice={diagram.limited ? diagram.limited.notice[lang] : undefined}
        />
      )}
      <div className={styles.buttons}>
        <Button disabled={!diagram || busy} onClick={exportSvg}>
          {t("exportSvg")}
        </Button>
        <Button appearance="primary" disabled={busy || !model || sheets.length === 0} onClick={build}>
          {t("buildButton")}
        </Button>
      </div>
      <Progress label={working && t(working)}>
        {sheets.length === 0 && <Text>{t("buildNoSheet")}</Text>}
      </Progress>
      {built && (
        <div ref={result} tabIndex={-1} className={styles.done} data-testid="build-result">
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t(host.kind === "browser" ? "buildDoneBrowser" : "buildDone", { sheets: built.join(", ") })}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {host.kind === "office" && (
        <Button appearance="subtle" size="small" disabled={busy || reading} onClick={() => void read()}>
          {t("buildRefresh")}
        </Button>
      )}
    </div>
  );
}
