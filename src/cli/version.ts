/**
 * The version `pokin --version` prints. The bundler replaces `POKIN_VERSION` with package.json's
 * version; the plain `tsc` build (tests) reads package.json beside the build.
 */
declare const POKIN_VERSION: string | undefined;

export const VERSION: string =
  typeof POKIN_VERSION === "string"
    ? POKIN_VERSION
    : // eslint-disable-next-line @typescript-eslint/no-require-imports -- only reached in the unbundled tsc build
      (require("../../package.json") as { version: string }).version;
