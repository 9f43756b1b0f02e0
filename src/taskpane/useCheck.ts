import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../core/rules/types";
import type { Lang } from "../core/messages";
import type { WorkbookData } from "../core/sheet";
import type { FindingRowGroup } from "./findingRows";
import type { PaneHost } from "./host";
import type { LiveView } from "./liveView";
import { useLiveCheck } from "./useLiveCheck";
import type { CheckView } from "./worker/jobTypes";
import { paneWorker } from "./worker/workerClient";

export interface CheckResult {
  /** Findings in the display language, sorted as SPEC §7 says; undefined before any check. */
  readonly findings: readonly Finding[] | undefined;
  /**
   * The findings grouped for the list, made in the worker with the check; undefined while the
   * live check's own findings are shown (the list groups those, with their marks).
   */
  readonly groups: readonly FindingRowGroup[] | undefined;
  /** How many findings the reviewer's notes except (SPEC §13); undefined before any check. */
  readonly excepted: number | undefined;
  /** Changes with every Periksa (not with a re-check in place): the pane resets its filters then. */
  readonly runId: string;
  /** Reads the workbook and checks it (to be run through the pane's action runner). */
  readonly check: () => Promise<void>;
  /** Reads and checks again keeping filters and selection (after a review note is written). */
  readonly refresh: () => Promise<void>;
  /** "Tampilkan yang dikecualikan": excepted findings shown, marked. */
  readonly showExcepted: boolean;
  readonly setShowExcepted: (show: boolean) => void;
  /** Periksa otomatis (SPEC §14). */
  readonly live: LiveView;
}

/** What a check read and found; `view` changes only when the user presses Periksa. */
export interface Snapshot {
  readonly data: WorkbookData;
  readonly version: number;
  /** When it was checked ("today" for the default Tahun Laporan, also on a re-wording). */
  readonly now: Date;
  readonly id: number;
  readonly view: number;
  /** The live check's edit counter when the read began (edits after it are applied again). */
  readonly readSeq: number;
}

/** A check's outcome and what it was computed for (snapshot, language, excepted shown). */
interface Checked {
  readonly id: number;
  readonly lang: Lang;
  readonly all: boolean;
  readonly outcome: CheckView;
}

/** The check of a snapshot, in the pane's worker (off the UI thread). */
async function checkOf(snapshot: Snapshot, lang: Lang, all: boolean): Promise<Checked> {
  const data = paneWorker.ref(snapshot.data);
  const outcome = await paneWorker.run({ op: "check", data, lang, now: snapshot.now, all });
  return { id: snapshot.id, lang, all, outcome };
}

/**
 * The Periksa state: the workbook read at the last check and its findings, kept up to date
 * by Periksa otomatis while it is on. The check runs in the pane's worker; Periksa resolves
 * once its findings are in. Switching the language or the excepted toggle re-words the
 * findings of the same snapshot without reading the workbook again (the earlier words stay
 * shown until then); a newer workbook (`version`, outside Office) drops them.
 * @param host where the workbook comes from
 * @param lang the display language
 * @param version changes when the workbook is replaced
 * @returns the findings and the actions
 * @example const { findings, check } = useCheck(host, "id", 0);
 */
export function useCheck(host: PaneHost, lang: Lang, version: number): CheckResult {
  const [snapshot, setSnapshot] = useState<Snapshot>();
  const [checked, setChecked] = useState<Checked>();
  const [showExcepted, setShowExcepted] = useState(false);
  const live = useLiveCheck(host, lang, showExcepted, snapshot, checked);
  const versionRef = useRef(version);
  versionRef.current = version;
  const wanted = useRef({ lang, all: showExcepted });
  wanted.current = { lang, all: showExcepted };
  const last = useRef<Snapshot>();
  const { seq } = live;
  const read = useCallback(
    async (newView: boolean) => {
      const readSeq = seq();
      const data = await host.readWorkbook();
      const now = new Date();
      // Outside Office a note written just now bumped the workbook's version already.
      const current = (host as Partial<{ getState(): { version: number } }>).getState?.().version;
      const old = last.current;
      const next: Snapshot = {
        data,
        version: current ?? versionRef.current,
        now,
        id: (old?.id ?? 0) + 1,
        view: (old?.view ?? 0) + (newView ? 1 : 0),
        readSeq,
      };
      last.current = next;
      const { lang: l, all } = wanted.current;
      const result = await checkOf(next, l, all);
      if (last.current !== next) return;
      setChecked(result);
      setSnapshot(next);
    },
    [host, seq],
  );
  const check = useCallback(() => read(true), [read]);
  const refresh = useCallback(() => read(false), [read]);
  const fresh = snapshot && snapshot.version === version ? snapshot : undefined;
  useEffect(() => {
    if (!fresh || (checked?.id === fresh.id && checked.lang === lang && checked.all === showExcepted)) return;
    let stale = false;
    void checkOf(fresh, lang, showExcepted).then((result) => {
      if (!stale) setChecked(result);
    });
    return () => {
      stale = true;
    };
  }, [fresh, lang, showExcepted, checked]);
  const outcome = fresh && checked?.id === fresh.id ? checked.outcome : undefined;
  const shown = fresh && live.findings ? live : outcome;
  return {
    findings: shown?.findings,
    groups: shown === outcome ? outcome?.groups : undefined,
    excepted: shown?.excepted,
    check,
    refresh,
    runId: `${snapshot?.view ?? 0}`,
    showExcepted,
    setShowExcepted,
    live,
  };
}
