/** Which optional Excel APIs the adapter may use; tests pass their own. */
export interface OfficeCapabilities {
  /** True when `ExcelApi 1.<minor>` is supported (shapes and page layout need 1.9). */
  readonly excelApi: (minor: number) => boolean;
}

/**
 * What the running Excel supports, from `Office.context.requirements`.
 * @returns capabilities that say "no" to everything when Office is absent
 * @example hostCapabilities().excelApi(9) // true in Excel 2019+ and on the web
 */
export function hostCapabilities(): OfficeCapabilities {
  return {
    excelApi: (minor) => {
      try {
        return (
          typeof Office !== "undefined" &&
          Office.context.requirements.isSetSupported("ExcelApi", `1.${minor}`)
        );
      } catch {
        // Office.context is missing before Office.onReady or outside Office: no optional API.
        return false;
      }
    },
  };
}
