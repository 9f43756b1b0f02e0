import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CellEdit } from "../core/live/cellEdit";
import { LiveCheck } from "../core/live/liveCheck";
import type { Lang } from "../core/messages";
import type { Finding } from "../core/rules/types";
import type { PaneHost, EditBurst } from "./host";
import { liveSheets, type Mark } from "./liveMarks";
import type { LiveSeed, LiveView } from "./liveView";
import { markedUpdate } from "./markedUpdate";
import type { Snapshot } from "./useCheck";

/** How long a finding that appeared or disappeared stays marked. */
export const MARK_MS = 2500;
/** Bursts kept to replay over a newer read (a read takes far less than this many bursts). */
const LOG_SIZE = 50;

interface LiveState {
  readonly id: number;
  readonly findings: readonly Finding[];
  readonly excepted: number;
  readonly marks: ReadonlyMap<string, Mark>;
  readonly said: string;
}

/**
 * Periksa otomatis (SPEC §14): once the workbook has been checked, watches the level sheets,
 * Pengaturan and Catatan Reviu, and re-checks each burst of edits incrementally (LiveCheck);
 * nothing is written. The handlers go when the switch is turned off or the pane unloads. Edits
 * that arrive while a full check reads the workbook are applied again over its read.
 * @param host the pane's host (`watchEdits` absent: not available)
 * @param lang the display language
 * @param all keep excepted findings, marked
 * @param snapshot the last check
 * @param seed the findings the pane's check found for the snapshot, in `lang` with `all`: the live
 *   check starts from them instead of checking the same workbook again
 * @returns the live view (findings undefined until live)
 * @example const live = useLiveCheck(host, "id", false, snapshot, seed);
 */
export function useLiveCheck(
  host: PaneHost,
  lang: Lang,
  all: boolean,
  snapshot: Snapshot | undefined,
  seed?: LiveSeed,
): LiveView {
  const available = host.watchEdits !== undefined;
  // On by default once the pane has checked the workbook once (SPEC §14).
  const [on, setOn] = useState(true);
  const [state, setState] = useState<LiveState>();
  const live = useRef<{ id: number; check: LiveCheck }>();
  const log = useRef<{ seq: number; edits: CellEdit[] }[]>([]);
  const counter = useRef(0);
  const seq = useCallback(() => counter.current, []);
  const active = on && available && snapshot !== undefined;
  const seedRef = useRef(seed);
  seedRef.current = seed;

  // A new check, language or toggle: a LiveCheck over the newest read plus the edits since.
  useEffect(() => {
    if (!active || !snapshot) {
      live.current = undefined;
      setState(undefined);
      return;
    }
    const same = live.current?.id === snapshot.id;
    // Periksa already checked this very read: start from its findings (one check per Periksa).
    const s = seedRef.current;
    const fits = !same && s?.id === snapshot.id && s.lang === lang && s.all === all;
    const check = new LiveCheck(same ? live.current!.check.workbook : snapshot.data, {
      lang,
      now: snapshot.now,
      all,
      ...(fits ? { seed: s.outcome } : {}),
    });
    if (!same) for (const b of log.current) if (b.seq > snapshot.readSeq) check.apply(b.edits);
    live.current = { id: snapshot.id, check };
    setState({
      id: snapshot.id,
      findings: check.findings,
      excepted: check.excepted,
      marks: new Map(),
      said: "",
    });
  }, [active, snapshot, lang, all]);

  const sheets = useMemo(() => (snapshot ? liveSheets(snapshot.data) : []), [snapshot]);
  const sheetsKey = sheets.join("\u0001");
  const langRef = useRef(lang);
  langRef.current = lang;
  const allRef = useRef(all);
  allRef.current = all;
  useEffect(() => {
    if (!on || !host.watchEdits || sheetsKey === "") return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onBurst = async (burst: EditBurst) => {
      const current = live.current;
      if (stopped || !current) return;
      let next: LiveCheck = current.check;
      let appeared: readonly Finding[] = [];
      let disappeared: readonly Finding[] = [];
      const before = current.check.findings;
      if (burst.kind === "reread") {
        // Rows moved: read everything again (the switch's one full read per such edit).
        const data = await host.readWorkbook();
        if (stopped || live.current !== current) return;
        next = new LiveCheck(data, { lang: langRef.current, now: new Date(), all: allRef.current });
        live.current = { id: current.id, check: next };
      } else {
        counter.current++;
        log.current = [...log.current.slice(1 - LOG_SIZE), { seq: counter.current, edits: burst.edits }];
        ({ appeared, disappeared } = next.apply(burst.edits));
      }
      const shown = markedUpdate(before, next.findings, appeared, disappeared, langRef.current);
      setState({ id: current.id, excepted: next.excepted, ...shown });
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        if (stopped || live.current?.check !== next) return;
        setState((s) => s && { ...s, findings: next.findings, marks: new Map() });
      }, MARK_MS);
    };
    let watch: { stop(): Promise<void> } | undefined;
    void host.watchEdits(sheets, onBurst).then(
      (w) => (stopped ? void w.stop() : (watch = w)),
      () => undefined, // Excel refused the handlers: the list simply stays as checked.
    );
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      void watch?.stop();
    };
    // `sheets` changes exactly when `sheetsKey` does.
  }, [on, host, sheetsKey]);

  const current = state && snapshot && state.id === snapshot.id ? state : undefined;
  return {
    available,
    on,
    setOn,
    findings: active ? current?.findings : undefined,
    excepted: active ? current?.excepted : undefined,
    marks: current?.marks ?? NO_MARKS,
    said: current?.said ?? "",
    seq,
  };
}

const NO_MARKS: ReadonlyMap<string, Mark> = new Map();
