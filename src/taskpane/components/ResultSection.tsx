import { makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef, type ReactNode } from "react";

const useStyles = makeStyles({
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * Where an action's result is shown and where the focus lands when it is in (the action's button
 * disabled itself, which would drop the focus to the page): a named region that takes the focus
 * from code (`ref.current.focus()`), not from Tab, with a visible focus ring.
 * @param props.label the region's accessible name ("Hasil pemeriksaan")
 * @example <ResultSection ref={result} label={t("checkResult")}>…</ResultSection>
 */
export const ResultSection = forwardRef<HTMLElement, { label: string; testId?: string; children: ReactNode }>(
  function ResultSection(props, ref) {
    const styles = useStyles();
    return (
      <section
        ref={ref}
        tabIndex={-1}
        aria-label={props.label}
        className={styles.result}
        data-testid={props.testId}
      >
        {props.children}
      </section>
    );
  },
);
