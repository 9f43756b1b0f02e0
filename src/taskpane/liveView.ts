import type { Lang } from "../core/messages";
import type { Finding } from "../core/rules/types";
import type { Mark } from "./liveMarks";

/** Periksa otomatis as the pane shows it. */
export interface LiveView {
  /** False where the host cannot watch edits (outside Office, ExcelApi < 1.7): the switch is hidden. */
  readonly available: boolean;
  readonly on: boolean;
  readonly setOn: (on: boolean) => void;
  /** The findings kept up to date, gone ones still listed while marked; undefined when not live. */
  readonly findings: readonly Finding[] | undefined;
  readonly excepted: number | undefined;
  /** Findings that appeared ("new") or disappeared ("gone") in the last re-check, by findingKey. */
  readonly marks: ReadonlyMap<string, Mark>;
  /** The last re-check in one sentence, for a polite live region. */
  readonly said: string;
  /** The edit counter (a check records it when it starts reading). */
  readonly seq: () => number;
}

/** The pane's check of a snapshot, as the live check may start from it. */
export interface LiveSeed {
  readonly id: number;
  readonly lang: Lang;
  readonly all: boolean;
  readonly outcome: { readonly findings: readonly Finding[]; readonly excepted: number };
}
