import { useCallback, useMemo, useState } from "react";
import { checkAction } from "../core/actions";
import type { Finding } from "../core/rules/types";
import type { Lang } from "../core/messages";
import type { WorkbookData } from "../core/sheet";
import type { PaneHost } from "./host";

export interface CheckResult {
  /** Findings in the display language, sorted as SPEC §7 says; undefined before any check. */
  readonly findings: readonly Finding[] | undefined;
  /** Changes with every check (and every new workbook): the pane resets its filters then. */
  readonly runId: string;
  /** Reads the workbook and checks it (to be run through the pane's action runner). */
  readonly check: () => Promise<void>;
}

interface Snapshot {
  readonly data: WorkbookData;
  readonly version: number;
  readonly lang: Lang;
  readonly findings: readonly Finding[];
  /** When it was checked ("today" for the default Tahun Laporan, also on a re-wording). */
  readonly now: Date;
  readonly id: number;
}

/**
 * The Periksa state: the workbook read at the last check and its findings. Switching the
 * language re-words the findings of the same snapshot without reading the workbook again;
 * a newer workbook (`version`, outside Office) drops them.
 * @param host where the workbook comes from
 * @param lang the display language
 * @param version changes when the workbook is replaced
 * @returns the findings and the action
 * @example const { findings, check } = useCheck(host, "id", 0);
 */
export function useCheck(host: PaneHost, lang: Lang, version: number): CheckResult {
  const [snapshot, setSnapshot] = useState<Snapshot>();
  const check = useCallback(async () => {
    const data = await host.readWorkbook();
    // Let the progress indicator paint before the (synchronous) check.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const now = new Date();
    setSnapshot((old) => ({
      data,
      version,
      lang,
      findings: checkAction(data, { lang, now }).findings,
      now,
      id: (old?.id ?? 0) + 1,
    }));
  }, [host, lang, version]);
  const findings = useMemo(() => {
    if (!snapshot || snapshot.version !== version) return undefined;
    if (snapshot.lang === lang) return snapshot.findings;
    return checkAction(snapshot.data, { lang, now: snapshot.now }).findings;
  }, [snapshot, lang, version]);
  const runId = snapshot && snapshot.version === version ? `${version}.${snapshot.id}` : `${version}`;
  return { findings, check, runId };
}
