import { tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/rules/types";
import type { StringKey } from "../i18n";

/** Severities from the most to the least serious, as the pane lists them. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Each severity's colour (Fluent status tokens), its label and its "{n} …" count text. */
export const SEVERITY_LOOK: Record<Severity, { color: string; label: StringKey; count: StringKey }> = {
  error: { color: tokens.colorStatusDangerForeground1, label: "error", count: "errorCount" },
  warning: { color: tokens.colorStatusWarningForeground1, label: "warning", count: "warningCount" },
  info: { color: tokens.colorBrandForeground1, label: "info", count: "infoCount" },
};
