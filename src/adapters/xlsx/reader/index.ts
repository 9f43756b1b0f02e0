// Pokin's own .xlsx reader (pure JavaScript: the command line and the browser pane share it).
export { readXlsxBytes, type ReadXlsxOptions } from "./readXlsxBytes";
export { isRefusal, type RefusalKind, type XlsxRefusal } from "./refusal";
export { DEFAULT_LIMITS, type ReaderLimits } from "./limits";
export type { Inflate } from "./zipEntryBytes";
