import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ImportDone, ImportPreviewed, ImportSources } from "../importHost";
import { mapText } from "../importRoles";
import { usePane } from "../paneContext";
import type { PaneAction } from "../usePaneAction";
import { ImportOutcome } from "./ImportOutcome";
import { ImportPreview } from "./ImportPreview";
import { MappingTable } from "./MappingTable";

/** The source value meaning "the current selection" (inside Excel). */
const SELECTION = "\u0000selection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  // Reserved height: the spinner appearing moves nothing.
  status: { minHeight: "20px", display: "flex", alignItems: "center" },
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
  const [sources, setSources] = useState<ImportSources>();
  const [source, setSource] = useState<string>();
  const [changes, setChanges] = useState<ReadonlyMap<number, string>>(new Map());
  const [previewed, setPreviewed] = useState<ImportPreviewed>();
  const [previewing, setPreviewing] = useState(false);
  const [done, setDone] = useState<ImportDone>();
  const latest = useRef(0);

  const { attempt } = action;
  const loadSources = useCallback(async () => {
    await attempt(async () => {
      const found = await host.importSources();
      setSources(found);
      setSource((old) =>
        old !== undefined && (old === SELECTION || found.sheets.includes(old))
          ? old
          : (found.sheets[0] ?? (found.selection ? SELECTION : undefined)),
      );
    });
  }, [host, attempt]);
  useEffect(() => {
    // Outside Office the sources follow the open workbook (`version`).
    if (props.ready) void loadSources();
  }, [props.ready, props.version, loadSources]);

  const map = mapText(changes);
  const request = useMemo(
    () => (source === undefined ? undefined : source === SELECTION ? { map } : { sheet: source, map }),
    [source, map],
  );
  useEffect(() => {
    if (!request) return;
    const id = ++latest.current;
    setPreviewing(true);
    void attempt(async () => {
      const result = await host.previewImport(request);
      if (id === latest.current) setPreviewed(result);
    }).finally(() => {
      if (id === latest.current) setPreviewing(false);
    });
  }, [request, host, attempt, props.version]);

  const change = (col: number, value: string) => {
    setDone(undefined);
    setChanges((old) => new Map(old).set(col, value));
  };
  const choose = (value: string) => {
    setDone(undefined);
    setChanges(new Map());
    setPreviewed(undefined);
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
    const what = { sheet: previewed.sheet, ...(previewed.range ? { range: previewed.range } : {}), map };
    void action.run({ key: "importing" }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      setDone(await host.importTemplate(what));
    });
  };
  const sourceLabel = (value: string | undefined) =>
    value === SELECTION ? t("importSelection", { address: sources?.selection ?? "" }) : (value ?? "");

  return (
    <div className={styles.root}>
      <Text>{t("importIntro")}</Text>
      <Field label={t("importSource")}>
        <Dropdown
          value={sourceLabel(source)}
          selectedOptions={source !== undefined ? [source] : []}
          disabled={busy}
          onOptionSelect={(_e, data) => data.optionValue && choose(data.optionValue)}
        >
          {(sources?.sheets ?? []).map((s) => (
            <Option key={s} value={s}>
              {s}
            </Option>
          ))}
          {sources?.selection !== undefined && (
            <Option value={SELECTION} text={sourceLabel(SELECTION)}>
              {sourceLabel(SELECTION)}
            </Option>
          )}
        </Dropdown>
      </Field>
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
      <div className={styles.status} role="status">
        {previewing && !importing && <Spinner size="extra-tiny" label={t("importReading")} />}
        {!previewing && changes.size > 0 && <Text size={200}>{t("importChanged", { n: changes.size })}</Text>}
      </div>
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
              start: mapping.dataStart + 1,
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
            onLevel={(col, level) => change(col, `Uraian ${level}`)}
            disabled={busy}
          />
          <Button appearance="primary" disabled={busy || previewing || problem !== undefined} onClick={run}>
            {t("importButton")}
          </Button>
        </>
      )}
      {importing && (
        <Field label={t("importing")}>
          <ProgressBar />
        </Field>
      )}
      {done && !busy && <ImportOutcome done={done} action={action} />}
    </div>
  );
}
