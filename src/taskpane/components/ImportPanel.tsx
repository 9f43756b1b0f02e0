import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ImportDone } from "../importHost";
import type { MapRole } from "../../core/import";
import { mapOverrides } from "../importRoles";
import { usePane } from "../paneContext";
import { useImportPreview } from "../useImportPreview";
import { SELECTION, useImportSources } from "../useImportSources";
import type { PaneAction } from "../usePaneAction";
import { ImportOutcome } from "./ImportOutcome";
import { ImportPreview } from "./ImportPreview";
import { ImportSourcePicker } from "./ImportSourcePicker";
import { MappingTable } from "./MappingTable";
import { Progress } from "./Progress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  // The action and its progress stay in view at the pane's bottom edge however long the mapping is (§4).
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * Impor: pick the template (a sheet, or the selection inside Excel), read the detected mapping
 * and change any role, see the rows per level and the skipped rows, then Impor writes (backups
 * first) and the check of the result shows what the template lacked.
 * `version`/`ready` come from the browser host (outside Office): a new workbook reloads the sources.
 */
export function ImportPanel(props: { action: PaneAction; version: number; ready: boolean }) {
  const { host, lang, t } = usePane();
  const styles = useStyles();
  const { action } = props;
  const [changes, setChanges] = useState<ReadonlyMap<number, MapRole>>(new Map());
  const [done, setDone] = useState<ImportDone>();

  const { attempt } = action;
  const { sources, source, setSource, loadSources } = useImportSources(
    host,
    attempt,
    props.version,
    props.ready,
  );

  // The planner's changes go to the import as data (column → role), never as --map text.
  const overrides = useMemo(() => mapOverrides(changes), [changes]);
  const request = useMemo(
    () =>
      source === undefined ? undefined : source === SELECTION ? { overrides } : { sheet: source, overrides },
    [source, overrides],
  );
  const { previewed, previewing, clear } = useImportPreview(host, attempt, request, props.version);

  const change = (col: number, role: MapRole) => {
    setDone(undefined);
    setChanges((old) => new Map(old).set(col, role));
  };
  const choose = (value: string) => {
    setDone(undefined);
    setChanges(new Map());
    clear();
    setSource(value);
  };
  const busy = action.busy !== undefined;
  const importing = action.busy?.key === "importing";
  const preview = previewed?.preview;
  const mapping = preview?.mapping;
  const problem = preview?.problem ?? preview?.mapProblems[0]?.message;
  const run = () => {
    if (!previewed) return;
    setDone(undefined);
    // The cells the preview read: a selection may have moved since.
    const what = {
      sheet: previewed.sheet,
      ...(previewed.range ? { range: previewed.range } : {}),
      overrides,
    };
    void action.run({ key: "importing" }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      setDone(await host.importTemplate(what));
    });
  };

  return (
    <div className={styles.root}>
      <Text>{t("importIntro")}</Text>
      <ImportSourcePicker sources={sources} source={source} disabled={busy} onChoose={choose} />
      <div className={styles.row}>
        <Button size="small" disabled={busy} onClick={() => void loadSources()}>
          {t("importRefresh")}
        </Button>
        {changes.size > 0 && (
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => choose(source ?? "")}>
            {t("importReset")}
          </Button>
        )}
      </div>
      {sources && sources.sheets.length === 0 && sources.selection === undefined && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("importNoSheet")}</MessageBarBody>
        </MessageBar>
      )}
      <Progress label={previewing && !importing ? t("importReading") : undefined}>
        {!previewing && changes.size > 0 && <Text size={200}>{t("importChanged", { n: changes.size })}</Text>}
      </Progress>
      {problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{problem[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {mapping && preview && (
        <>
          <Text size={200}>
            {t("importHeader", {
              rows: `${mapping.headerTop + 1}–${mapping.headerBottom + 1}`,
              start: String(mapping.dataStart + 1),
              layout: t(mapping.layout === "list" ? "importLayoutList" : "importLayoutMatrix"),
            })}
          </Text>
          <MappingTable
            mapping={mapping}
            changed={new Set(changes.keys())}
            onChange={change}
            disabled={busy}
          />
          <ImportPreview
            preview={preview}
            mapping={mapping}
            onLevel={(col, level) => change(col, { kind: "uraian", level })}
            disabled={busy}
          />
          <div className={styles.footer}>
            <Button appearance="primary" disabled={busy || previewing || problem !== undefined} onClick={run}>
              {t("importButton")}
            </Button>
            <Progress label={importing ? t("importing") : undefined} />
          </div>
        </>
      )}
      {done && !busy && <ImportOutcome done={done} action={action} />}
    </div>
  );
}
