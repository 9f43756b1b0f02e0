import type { Model } from "../model/buildModel";
import { groupIndicators } from "../model/groupIndicators";
import type { Indicator } from "../model/indicator";

/** The model's indicators by Kode and by Kode Induk, made once per re-check. */
export class ModelIndex {
  private kodes?: Map<string, Indicator[]>;
  private induks?: Map<string, Indicator[]>;

  /**
   * @param model the model
   * @param kept the live model's own index by Kode and by Kode Induk (in model order), when it keeps one
   */
  constructor(
    readonly model: Model,
    kept?: { readonly kodes: Map<string, Indicator[]>; readonly induks: Map<string, Indicator[]> },
  ) {
    this.kodes = kept?.kodes;
    this.induks = kept?.induks;
  }

  withKode(kode: string): readonly Indicator[] {
    this.kodes ??= groupIndicators(this.model.indicators, (i) => i.kode);
    return this.kodes.get(kode) ?? [];
  }

  withInduk(kodeInduk: string): readonly Indicator[] {
    this.induks ??= groupIndicators(this.model.indicators, (i) => i.kodeInduk);
    return this.induks.get(kodeInduk) ?? [];
  }
}
