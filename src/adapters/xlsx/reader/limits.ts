/** The reader's resource limits: past them it refuses instead of expanding anything. */
export interface ReaderLimits {
  /** Sum of the declared inflated sizes of all zip entries (bytes). */
  readonly maxInflatedBytes: number;
  /** Number of zip entries. */
  readonly maxParts: number;
  /** Cell slots of all sheets' value arrays together (a row is as long as its last value). */
  readonly maxCells: number;
  /** Cell visits spent clearing the covered cells of merged ranges (clipped to the data). */
  readonly maxMergeWork: number;
}

/** The defaults: 200 MB inflated, 10,000 parts, 50 million cells. */
export const DEFAULT_LIMITS: ReaderLimits = {
  maxInflatedBytes: 200 * 1024 * 1024,
  maxParts: 10_000,
  maxCells: 50_000_000,
  maxMergeWork: 50_000_000,
};

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
