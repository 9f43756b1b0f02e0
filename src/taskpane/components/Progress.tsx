import { makeStyles, mergeClasses, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";

/** Work shorter than this shows no spinner at all: a fast action does not flash. */
export const PROGRESS_DELAY_MS = 300;

const useStyles = makeStyles({
  // One line reserved whether the spinner shows or not: nothing below it jumps.
  root: { minHeight: "20px", display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/**
 * The pane's one progress indicator: a polite live region that is always mounted (a screen
 * reader announces what appears in it), showing a small spinner with `label` once the work has
 * lasted {@link PROGRESS_DELAY_MS}. While there is no spinner it shows `children` (e.g. a
 * status line). `data-working` marks the region for as long as the work runs, shown or not.
 * @param props.label what is being done ("Memeriksa buku kerja…"); undefined when nothing is
 * @example <Progress label={checking ? t("checking") : undefined} />
 */
export function Progress(props: { label: string | undefined; className?: string; children?: ReactNode }) {
  const styles = useStyles();
  const working = props.label !== undefined;
  const [shown, setShown] = useState(false);
  // Keyed on whether work runs, not on its label: a label that changes mid-way (reading, then
  // drawing) neither restarts the delay nor hides the spinner.
  useEffect(() => {
    if (!working) return;
    const timer = setTimeout(() => setShown(true), PROGRESS_DELAY_MS);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [working]);
  return (
    <div
      role="status"
      aria-live="polite"
      className={mergeClasses(styles.root, props.className)}
      data-working={working ? "true" : undefined}
    >
      {working && shown ? <Spinner size="extra-tiny" label={props.label} /> : props.children}
    </div>
  );
}
