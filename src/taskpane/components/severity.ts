import { tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/rules/types";
import type { StringKey } from "../i18n";

/** Severities from the most to the least serious, as the pane lists them. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Each severity's colour (Fluent status tokens) and its label. */
export const SEVERITY_LOOK: Record<Severity, { color: string; label: StringKey }> = {
  error: { color: tokens.colorStatusDangerForeground1, label: "error" },
  warning: { color: tokens.colorStatusWarningForeground1, label: "warning" },
  info: { color: tokens.colorBrandForeground1, label: "info" },
};
