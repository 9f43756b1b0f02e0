/** Which optional Excel APIs the adapter may use; tests pass their own. */
export interface OfficeCapabilities {
  /** True when `ExcelApi 1.<minor>` is supported (shapes and page layout need 1.9). */
  readonly excelApi: (minor: number) => boolean;
  /**
   * Bytes one sync may carry: Excel on the web refuses requests over 5 MB, desktop Excel has no
   * such limit. Unset means the web's, the safe choice.
   */
  readonly payloadLimit?: number;
}

/**
 * Bytes per sync on Excel on the web. It refuses requests over 5 MB; our estimate leaves room
 * for the request's own envelope.
 */
export const WEB_PAYLOAD_LIMIT = 4_000_000;

/**
 * What the running Excel supports, from `Office.context.requirements`.
 * @returns capabilities that say "no" to everything when Office is absent
 * @example hostCapabilities().excelApi(9) // true in Excel 2019+ and on the web
 */
export function hostCapabilities(): OfficeCapabilities {
  return {
    payloadLimit: onTheWeb() ? WEB_PAYLOAD_LIMIT : Number.POSITIVE_INFINITY,
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

/** True in Excel on the web, the one host with a request size limit; unknown counts as the web. */
function onTheWeb(): boolean {
  try {
    return typeof Office === "undefined" || Office.context.platform === Office.PlatformType.OfficeOnline;
  } catch {
    return true;
  }
}
