import type { Model } from "../model/buildModel";
import type { Change } from "./types";

/**
 * What an added or removed row holds, for its sentence: `<Uraian> — <Indikator>` read from the
 * version that has it (NEW for added, OLD for removed); undefined for other kinds.
 * @param oldModel the earlier version
 * @param newModel the later version
 * @returns a lookup for changes
 * @example rowText(a, b)({ kind: "added", level: "Program", kode: "1.3" }) // "Program X — Jumlah Y"
 */
export function rowText(oldModel: Model, newModel: Model): (change: Change) => string | undefined {
  return (change) => {
    const model = change.kind === "added" ? newModel : change.kind === "removed" ? oldModel : undefined;
    const ind = model?.byKode.get(change.kode);
    if (!ind) return undefined;
    return [ind.uraian, ind.indikator].filter((s) => s !== "").join(" — ") || undefined;
  };
}
