import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Finding } from "../../core/rules/types";
import { filterGroups } from "../findingRows";
import type { CheckResult } from "../useCheck";
import type { PaneAction } from "../usePaneAction";
import { usePane } from "../paneContext";
import { FindingFilters, type Filters } from "./FindingFilters";
import { findingKey, FindingsList } from "./FindingsList";
import { FindingsSummary } from "./FindingsSummary";
import { SEVERITIES } from "./severity";
import { ExceptedToggle } from "./ExceptedToggle";
import { LiveSwitch } from "./LiveSwitch";
import { Progress } from "./Progress";
import { ResultSection } from "./ResultSection";
import { ReviewActions } from "./ReviewActions";
import { markKey } from "../markedUpdate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Fixed height: the spinner appearing next to the button moves nothing.
  run: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, minHeight: "32px" },
});

const ALL: Filters = { severities: new Set(SEVERITIES), sheet: "" };

/**
 * Periksa: the button, progress while checking, then the summary, the filters and the
 * findings, each a click away from its cell. `preview` is drawn above the list (outside Office).
 */
export function CheckPanel(props: { check: CheckResult; action: PaneAction; preview?: ReactNode }) {
  const { host, lang, t } = usePane();
  const styles = useStyles();
  const { findings, live } = props.check;
  const { action } = props;
  const [filters, setFilters] = useState<Filters>(ALL);
  // The selected finding by identity that survives re-wording (a language switch).
  const [current, setCurrent] = useState<string>();
  // The groups opened or closed by hand: kept while notes and live edits re-check in place.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  // A new result (a new check, or a new workbook) starts from every finding again.
  const { runId } = props.check;
  useEffect(() => {
    setFilters(ALL);
    setCurrent(undefined);
    setToggled(new Map());
  }, [runId]);
  const visible = useMemo(
    () =>
      filters === ALL
        ? (findings ?? [])
        : (findings ?? []).filter(
            (f) => filters.severities.has(f.severity) && (filters.sheet === "" || f.sheet === filters.sheet),
          ),
    [findings, filters],
  );
  // Grouped in the worker with the check; the live check's findings (with marks) are grouped here.
  const { groups: allGroups } = props.check;
  const groups = useMemo(
    () => (allGroups && live.marks.size === 0 ? filterGroups(allGroups, filters, lang) : undefined),
    [allGroups, live.marks, filters, lang],
  );
  // The counts leave out excepted findings (shown with the toggle) and those that just went.
  const counted = useMemo(
    () =>
      (findings ?? []).filter(
        (f) => !f.excepted && (live.marks.size === 0 || live.marks.get(markKey(f)) !== "gone"),
      ),
    [findings, live.marks],
  );
  const excepted = props.check.excepted ?? 0;
  const selected = current === undefined ? undefined : findings?.find((f) => findingKey(f) === current);
  // Writing a review note re-checks too: one progress line for both, next to Periksa.
  const checking = action.busy?.key === "checking" || action.busy?.key === "writingNote";
  // Periksa disables itself while it runs, which drops the focus to the page: it goes to the
  // result instead once the findings are in, so keyboard and screen reader users land there.
  const result = useRef<HTMLElement>(null);
  const focusResult = useRef(false);
  useEffect(() => {
    if (!focusResult.current || !findings) return;
    focusResult.current = false;
    result.current?.focus();
  }, [findings]);
  const runCheck = async () => {
    focusResult.current = true;
    if (!(await action.run({ key: "checking" }, props.check.check))) focusResult.current = false;
  };
  // Writing a note disables its button, or closes the reason dialog and takes the finding's
  // buttons away (it is excepted now): the focus goes to the result too, not to the page.
  const refreshAfterNote = async () => {
    focusResult.current = true;
    await props.check.refresh();
  };
  const select = (f: Finding) => {
    setCurrent(findingKey(f));
    void action.attempt(() => host.selectCell(f.sheet, f.cell));
  };
  return (
    <div className={styles.root}>
      <Text>{t("checkIntro")}</Text>
      <div className={styles.run}>
        <Button appearance="primary" disabled={action.busy !== undefined} onClick={() => void runCheck()}>
          {t("checkButton")}
        </Button>
        <Progress label={checking ? t(action.busy.key) : undefined} />
      </div>
      {findings && (
        <ResultSection ref={result} label={t("checkResult")}>
          <LiveSwitch live={live} />
          {(excepted > 0 || props.check.showExcepted) && (
            <ExceptedToggle
              excepted={excepted}
              show={props.check.showExcepted}
              onChange={props.check.setShowExcepted}
            />
          )}
          {findings.length === 0 && (
            <MessageBar intent="success">
              <MessageBarBody>{t("noFindings")}</MessageBarBody>
            </MessageBar>
          )}
          {findings.length > 0 && (
            <>
              <FindingsSummary findings={counted} />
              <FindingFilters findings={findings} filters={filters} onChange={setFilters} />
              {props.preview}
              {selected && <ReviewActions finding={selected} action={action} refresh={refreshAfterNote} />}
              <FindingsList
                key={`${runId}|${filters.sheet}|${[...filters.severities].join()}`}
                findings={visible}
                groups={groups}
                currentKey={current}
                onSelect={select}
                marks={live.marks}
                markKey={markKey}
                toggled={toggled}
                onToggled={setToggled}
              />
            </>
          )}
        </ResultSection>
      )}
    </div>
  );
}
