/** The one environment variable that sets how many megabytes an .xlsx may hold once unzipped. */
export const SIZE_LIMIT_ENV = "POKIN_MAX_INFLATED_MB";

/**
 * The inflated-size limit in bytes, for Pokin's reader and for the full load alike: from
 * `POKIN_MAX_INFLATED_MB` (default 200 MB; `POKIN_MAX_XLSX_MB`, an older name, still works).
 * Node only (reads the environment).
 * @param env the environment
 * @returns the limit in bytes
 * @example maxInflatedBytes({ POKIN_MAX_INFLATED_MB: "50" }) // 52428800
 */
export function maxInflatedBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env[SIZE_LIMIT_ENV] ?? env.POKIN_MAX_XLSX_MB);
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : 200) * 1024 * 1024);
}
