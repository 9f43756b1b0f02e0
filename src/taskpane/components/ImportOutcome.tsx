import { makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Finding } from "../../core/rules/types";
import type { ImportDone } from "../importHost";
import { usePane } from "../paneContext";
import type { PaneAction } from "../usePaneAction";
import { paneWorker } from "../worker/workerClient";
import { findingKey, FindingsList } from "./FindingsList";
import { FindingsSummary } from "./FindingsSummary";
import { Progress } from "./Progress";
import { ResultSection } from "./ResultSection";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * What an import did, level by level (updated, added, the backup's name), then the check of the
 * workbook as it now is (Periksa's summary and findings, checked in the pane's worker): what
 * the template lacked. The focus lands here when the import is done (Impor disabled itself).
 */
export function ImportOutcome(props: { done: ImportDone; action: PaneAction }) {
  const { host, lang, t } = usePane();
  const styles = useStyles();
  const { done, action } = props;
  const [current, setCurrent] = useState<string>();
  const [findings, setFindings] = useState<readonly Finding[]>();
  // Re-worded on a language switch without reading the workbook again.
  useEffect(() => {
    let stale = false;
    const data = paneWorker.ref(done.workbook);
    void paneWorker.run({ op: "check", data, lang, now: new Date(), all: false }).then(
      (checked) => {
        if (!stale) setFindings(checked.findings);
      },
      () => undefined,
    );
    return () => {
      stale = true;
    };
  }, [done, lang]);
  const result = useRef<HTMLElement>(null);
  useEffect(() => result.current?.focus(), [done]);
  const select = (f: Finding) => {
    setCurrent(findingKey(f));
    void action.attempt(() => host.selectCell(f.sheet, f.cell));
  };
  return (
    <ResultSection ref={result} label={t("importResult")} testId="import-result">
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {t(host.kind === "browser" ? "importDoneBrowser" : "importDone")}
          <ul className={styles.list}>
            {done.levels.length === 0 && <li>{t("importNothing")}</li>}
            {done.levels.map((l) => (
              <li key={l.level}>
                {l.backup
                  ? t("importLevelDone", {
                      level: l.level,
                      updated: l.updated,
                      appended: l.appended,
                      backup: l.backup,
                    })
                  : t("importLevelNew", { level: l.level, appended: l.appended })}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      <Subtitle2 as="h2">{t("importCheck")}</Subtitle2>
      <Progress label={findings ? undefined : t("checking")} />
      {!findings ? null : findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t("noFindings")}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <FindingsSummary findings={findings} />
          <FindingsList findings={findings} currentKey={current} onSelect={select} />
        </>
      )}
    </ResultSection>
  );
}
