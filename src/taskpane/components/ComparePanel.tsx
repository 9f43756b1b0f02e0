import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { changeCounts } from "../../core/diff/changeCounts";
import type { Change } from "../../core/diff/types";
import { usePane } from "../paneContext";
import type { CompareState } from "../useCompare";
import type { PaneAction } from "../usePaneAction";
import { ALL_CHANGES, CompareFilters, type CompareFilter } from "./CompareFilters";
import { changeKey, CompareList } from "./CompareList";
import { DiagramPreview } from "./DiagramPreview";
import { Progress } from "./Progress";
import { XlsxInput } from "./XlsxInput";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  run: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    minHeight: "32px",
  },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  name: { overflowWrap: "anywhere" },
});

/**
 * Bandingkan (SPEC §12): pick the earlier version; the changes are listed like findings
 * (filter by kind and level, each a click away from its cell), the diagram marks the boxes
 * added, moved and changed, and the `Perubahan` sheet is written on request.
 */
export function ComparePanel(props: { compare: CompareState; action: PaneAction; preview?: ReactNode }) {
  const { host, lang, t } = usePane();
  const styles = useStyles();
  const { compare, action } = props;
  const input = useRef<HTMLInputElement>(null);
  const [filter, setFilter] = useState<CompareFilter>(ALL_CHANGES);
  const [current, setCurrent] = useState<string>();
  const changes = compare.done?.changes;
  useEffect(() => {
    setFilter(ALL_CHANGES);
    setCurrent(undefined);
  }, [changes]);
  const visible = useMemo(
    () =>
      (changes ?? []).filter(
        (c) => filter.kinds.has(c.kind) && (filter.level === "" || c.level === filter.level),
      ),
    [changes, filter],
  );
  const busy = action.busy !== undefined;
  const pick = (file: File | undefined) => {
    if (file) void action.run({ key: "comparing", vars: { name: file.name } }, () => compare.compare(file));
  };
  const select = (c: Change) => {
    setCurrent(changeKey(c));
    const cell = c.newCell;
    if (cell) void action.attempt(() => host.selectCell(cell.sheet, cell.cell));
  };
  const written = host.kind === "browser" ? "compareWrittenBrowser" : "compareWritten";
  return (
    <div className={styles.root}>
      <Text>{t("compareIntro")}</Text>
      <div className={styles.run}>
        <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
          {t("comparePick")}
        </Button>
        <Progress label={action.busy?.key === "comparing" ? t("comparing", action.busy.vars) : undefined} />
      </div>
      <XlsxInput
        ref={input}
        label={t("comparePickLabel")}
        testId="compare-file"
        onFiles={([file]) => pick(file)}
      />
      {compare.done && changes && (
        <section aria-label={t("compareList")} className={styles.result}>
          <Text className={styles.name}>{t("compareAgainst", { name: compare.oldName ?? "" })}</Text>
          {changes.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t("compareNone")}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <Text as="h2" weight="semibold" data-testid="compare-counts">
                {changeCounts(changes, lang)}
              </Text>
              <CompareFilters changes={changes} filter={filter} onChange={setFilter} />
              {props.preview}
              <CompareList
                changes={visible}
                sentences={compare.sentences}
                currentKey={current}
                onSelect={select}
              />
              <Button
                disabled={busy}
                onClick={() => void action.run({ key: "compareWriting" }, compare.write, written)}
              >
                {t("compareWrite")}
              </Button>
              <Progress label={action.busy?.key === "compareWriting" ? t("compareWriting") : undefined} />
              {compare.diagram && (
                <>
                  <Text as="h2" weight="semibold">
                    {t("compareDiagram")}
                  </Text>
                  <DiagramPreview svg={compare.diagram.svg} boxes={compare.diagram.boxes} />
                </>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
