export { round2 } from "./round2";
export { computeCapaian, type CapaianInput } from "./capaian";
export { predikat, predikatLabel, PREDIKAT_BANDS, type Predikat } from "./predikat";
export { yearRealisasi, quartersRealisasi, isNumeric, type RealisasiRead } from "./realisasi";
export { capaianOf, NO_CAPAIAN_REASONS, type CapaianResult, type NoCapaianReason } from "./capaianOf";
export { capaianTree, type CapaianNode } from "./capaianTree";
