import { makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { checkAction } from "../../core/actions";
import type { Finding } from "../../core/rules/types";
import type { ImportDone } from "../importHost";
import { usePane } from "../paneContext";
import type { PaneAction } from "../usePaneAction";
import { findingKey, FindingsList } from "./FindingsList";
import { FindingsSummary } from "./FindingsSummary";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * What an import did, level by level (updated, added, the backup's name), then the check of the
 * workbook as it now is (Periksa's summary and findings): what the template lacked.
 */
export function ImportOutcome(props: { done: ImportDone; action: PaneAction }) {
  const { host, lang, t } = usePane();
  const styles = useStyles();
  const { done, action } = props;
  const [current, setCurrent] = useState<string>();
  // Re-worded on a language switch without reading the workbook again.
  const findings = useMemo(
    () => checkAction(done.workbook, { lang, now: new Date() }).findings,
    [done, lang],
  );
  const select = (f: Finding) => {
    setCurrent(findingKey(f));
    void action.attempt(() => host.selectCell(f.sheet, f.cell));
  };
  return (
    <>
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
      {findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t("noFindings")}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <FindingsSummary findings={findings} />
          <FindingsList findings={findings} currentKey={current} onSelect={select} />
        </>
      )}
    </>
  );
}
