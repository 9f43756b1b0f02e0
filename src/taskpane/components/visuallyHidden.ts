import type { GriffelStyle } from "@fluentui/react-components";

/**
 * Kept out of sight but read by screen readers (a live region's sentence, a severity word next
 * to its colour): one pixel, clipped, on one line. Use as a class in `makeStyles`.
 * @example const useStyles = makeStyles({ said: visuallyHidden });
 */
export const visuallyHidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
};
