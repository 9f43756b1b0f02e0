import { useEffect, useState } from "react";
import {
  BUILD_SHEET_KINDS,
  DEFAULT_ORIENTATION,
  fittedChoice,
  type BuildSheetKind,
  type ChoiceBounds,
} from "../core/actions";

/** What the user picks in Buat (SPEC §8): year, orientation, subtree, depth and sheets. */
export interface BuildChoiceState {
  readonly year: number | undefined;
  readonly orientation: "down" | "right";
  /** A Kode, or undefined for the whole tree. */
  readonly root: string | undefined;
  /** Top levels to draw, or undefined for all. */
  readonly depth: number | undefined;
  readonly sheets: ReadonlySet<BuildSheetKind>;
}

const INITIAL: BuildChoiceState = {
  year: undefined,
  orientation: DEFAULT_ORIENTATION,
  root: undefined,
  depth: undefined,
  sheets: new Set(BUILD_SHEET_KINDS),
};

/**
 * Buat's choices, kept valid for the workbook: the year defaults to Tahun Laporan and falls
 * back to it when the period no longer holds the year picked; a depth deeper than the levels
 * is dropped.
 * @param model the workbook read, or its summary (undefined before the first read)
 * @returns the choice and a setter taking a partial change
 * @example const [choice, change] = useBuildChoice(model); change({ orientation: "right" });
 */
export function useBuildChoice(
  model: ChoiceBounds | undefined,
): [BuildChoiceState, (change: Partial<BuildChoiceState>) => void] {
  const [choice, setChoice] = useState<BuildChoiceState>(INITIAL);
  useEffect(() => {
    if (!model) return;
    setChoice((c) => fittedChoice(model, c));
  }, [model]);
  return [choice, (change) => setChoice((c) => ({ ...c, ...change }))];
}
