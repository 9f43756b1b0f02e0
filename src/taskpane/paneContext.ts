import { createContext, useContext } from "react";
import type { Lang } from "../core/messages";
import { text, type StringKey } from "./i18n";
import type { PaneHost } from "./host";

export interface Pane {
  readonly host: PaneHost;
  readonly lang: Lang;
}

export const PaneContext = createContext<Pane | undefined>(undefined);

/**
 * The host and language for any component under the pane, plus `t` for its strings.
 * @returns the pane context and a translator bound to its language
 * @example const { t } = usePane(); t("checkButton") // "Periksa"
 */
export function usePane(): Pane & { t: (key: StringKey, vars?: Record<string, string | number>) => string } {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside PaneContext");
  return { ...pane, t: (key, vars) => text(pane.lang, key, vars) };
}
