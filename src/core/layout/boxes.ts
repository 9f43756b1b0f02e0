import type { Predikat } from "../capaian/predikat";
import { predikatLabel } from "../capaian/predikat";
import type { Model } from "../model/buildModel";
import type { Indicator } from "../model/indicator";
import { nameKey } from "../text";
import { boxMark, markLabel, type DiagramMarks, type MarkKind } from "./boxMarks";
import { boxNumbers } from "./boxCapaian";
import { formatNumber } from "../format/number";

/** One part of a box's text: the statement, one indicator line, or one capaian line. */
export interface BoxSection {
  readonly kind: "mark" | "uraian" | "indikator" | "capaian";
  readonly text: string;
  /** For the `mark` section (first, after a comparison): what changed. */
  readonly mark?: MarkKind;
  /** For `capaian` sections: the band that colours it. */
  readonly predikat?: Predikat;
}

/**
 * One statement of the diagram (SPEC §5): the rows of a level with the same Uraian whose
 * parents sit in the same box. Indicators keep their sheet order.
 */
export interface StatementBox {
  /** The Kode of its first indicator: unique, stable, and what `--root` names. */
  readonly id: string;
  readonly level: number;
  readonly uraian: string;
  readonly indicators: readonly Indicator[];
  readonly sections: readonly BoxSection[];
  readonly children: StatementBox[];
  readonly parent?: StatementBox;
}

type MutableBox = StatementBox & { indicators: Indicator[]; sections: BoxSection[] };

export interface BoxOptions {
  /** The year whose targets (and capaian) the boxes show; none → indicators without numbers. */
  readonly year?: number;
  readonly lang: "id" | "en";
  /** Diff marks (Bandingkan, `pokin build --diff`): a marked box gets a first section saying so. */
  readonly marks?: DiagramMarks;
}

/**
 * Groups a model's indicators into statement boxes, top level first. An indicator whose
 * parent link is broken (POKIN006/007) starts a box of its own at its level, so nothing the
 * user typed disappears from the diagram.
 * @param model the pohon kinerja
 * @param options year and language of the box text
 * @returns the top boxes (level 1, then orphans), each with its subtree
 * @example buildBoxes(model, { year: 2025, lang: "id" })[0]?.sections[0]?.text // the first Uraian
 */
export function buildBoxes(model: Model, options: BoxOptions): StatementBox[] {
  const roots: StatementBox[] = [];
  const boxOf = new Map<Indicator, StatementBox>();
  const byKey = new Map<string, MutableBox>();
  for (const ind of model.indicators) {
    const parentBox = ind.parent ? boxOf.get(ind.parent) : undefined;
    // In a Pemda workbook two OPDs may state the same Uraian: each keeps its own box.
    const key = `${parentBox ? parentBox.id : `-${ind.level}`}\u0000${nameKey(ind.uraian)}\u0000${ind.perangkatDaerah}`;
    let box = byKey.get(key);
    if (!box) {
      box = {
        id: ind.kode,
        level: ind.level,
        uraian: ind.uraian,
        indicators: [],
        sections: [],
        children: [],
        parent: parentBox,
      };
      byKey.set(key, box);
      if (parentBox) parentBox.children.push(box);
      else roots.push(box);
    }
    box.indicators.push(ind);
    boxOf.set(ind, box);
  }
  // Text last: a box's indicators are only all known once every row has been placed.
  for (const box of byKey.values()) {
    box.sections = boxSections(box, model, options);
    const mark = boxMark(
      box.indicators.map((i) => i.kode),
      options.marks,
    );
    if (mark) box.sections.unshift({ kind: "mark", text: markLabel(mark, options.lang), mark });
  }
  return roots;
}

function boxSections(box: StatementBox, model: Model, options: BoxOptions): BoxSection[] {
  const { year, lang } = options;
  const sections: BoxSection[] = [
    {
      kind: "uraian",
      text: box.uraian !== "" ? box.uraian : lang === "id" ? "(Uraian kosong)" : "(no Uraian)",
    },
  ];
  // A Pemda workbook's boxes say which OPD owns them (SPEC §11).
  const owner = box.indicators[0]?.perangkatDaerah ?? "";
  if (owner !== "") sections[0] = { kind: "uraian", text: `${sections[0]!.text} [${owner}]` };
  for (const ind of box.indicators) {
    const name =
      ind.indikator !== "" ? ind.indikator : lang === "id" ? "(Indikator kosong)" : "(no Indikator)";
    if (year === undefined) {
      sections.push({ kind: "indikator", text: `${name}${ind.satuan ? ` (${ind.satuan})` : ""}` });
      continue;
    }
    const numbers = boxNumbers(ind, year, model.settings);
    const value =
      numbers.target !== undefined
        ? `${formatNumber(numbers.target, lang)}${ind.satuan ? ` ${ind.satuan}` : ""}`
        : (numbers.targetText ?? "–");
    sections.push({ kind: "indikator", text: `${name} — Target ${year}: ${value}` });
    if (numbers.capaian !== undefined && numbers.predikat !== undefined) {
      const label = lang === "id" ? "Capaian" : "Achievement";
      const text = `${label} ${year}: ${formatNumber(numbers.capaian, lang)}% — ${predikatLabel(numbers.predikat, lang)}`;
      sections.push({ kind: "capaian", text, predikat: numbers.predikat });
    }
  }
  return sections;
}
