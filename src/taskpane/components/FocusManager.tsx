import { useFocusFinders } from "@fluentui/react-components";

/**
 * Holds one reference to Fluent's focus manager (tabster) for as long as the pane is open.
 *
 * Fluent creates tabster when the first component that needs it mounts (a dialog, a drop-down)
 * and disposes it when the last one unmounts. A modal dialog hides everything else with
 * `aria-hidden`; tabster takes those attributes off again 250 ms after the dialog goes, but
 * disposing tabster cancels that and forgets what it hid. Writing a review note unmounts the
 * reason dialog and, while the list is checked again, every other tabster user at once: the
 * whole pane then stayed `aria-hidden` for good (no button reachable by a screen reader or
 * by role). With this reference tabster outlives every dialog and always cleans up.
 */
export function FocusManager(): null {
  useFocusFinders();
  return null;
}
