import { useCallback, useRef, useState } from "react";
import type { Lang } from "../core/messages";
import type { StringKey } from "./i18n";
import type { PaneHost } from "./host";

/** The action running now: what to show while it runs (a pane string and its placeholders). */
export interface Busy {
  readonly key: StringKey;
  readonly vars?: Record<string, string>;
}

export interface PaneAction {
  readonly busy: Busy | undefined;
  /** The last failure, as one readable line (never a stack trace). */
  readonly error: string | undefined;
  /** A note after success (e.g. "Sheets written"). */
  readonly done: StringKey | undefined;
  readonly clear: () => void;
  /** Runs one user action at a time; returns false when it failed or another was running. */
  readonly run: (busy: Busy, work: () => Promise<void>, done?: StringKey) => Promise<boolean>;
  /** Runs a quick action (no progress shown, e.g. selecting a cell); a failure still shows. */
  readonly attempt: (work: () => Promise<void>) => Promise<void>;
}

/**
 * One user action at a time, with its progress, its failure as a clear message and an
 * optional note when it is done: the components never handle errors themselves.
 * @param host the pane's host (it explains its own errors, e.g. Excel's)
 * @param lang the display language for the error line
 * @returns the current state and `run`
 * @example const action = usePaneAction(host, lang); action.run({ key: "checking" }, check);
 */
export function usePaneAction(host: PaneHost, lang: Lang): PaneAction {
  const [busy, setBusy] = useState<Busy>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<StringKey>();
  const running = useRef(false);
  const langRef = useRef(lang);
  langRef.current = lang;

  const run = useCallback(
    async (next: Busy, work: () => Promise<void>, doneKey?: StringKey) => {
      if (running.current) return false;
      running.current = true;
      setBusy(next);
      setError(undefined);
      setDone(undefined);
      try {
        await work();
        setDone(doneKey);
        return true;
      } catch (err) {
        setError(host.explainError(err, langRef.current));
        return false;
      } finally {
        running.current = false;
        setBusy(undefined);
      }
    },
    [host],
  );
  const attempt = useCallback(
    async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (err) {
        setError(host.explainError(err, langRef.current));
      }
    },
    [host],
  );
  const clear = useCallback(() => {
    setError(undefined);
    setDone(undefined);
  }, []);
  return { busy, error, done, clear, run, attempt };
}
