import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { usePane } from "../paneContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  bar: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  tools: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXS },
  tool: { minWidth: "32px" },
  frame: {
    maxHeight: "360px",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#FFFFFF",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    "& svg": { display: "block", width: "100%", height: "auto" },
  },
});

const MIN = 0.05;
const MAX = 4;

/**
 * The diagram's live preview: fitted to the pane's width by default, zoomable, scrollable in
 * both directions. `svg` comes from the core's diagramSvg, which escapes every workbook text,
 * so it is inserted as markup; the frame is one image to screen readers, with the box count.
 */
export function DiagramPreview(props: { svg: string; boxes: number; notice?: string | undefined }) {
  const { t } = usePane();
  const styles = useStyles();
  const frame = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState<number | "fit">("fit");
  const natural = naturalWidth(props.svg);
  const fitScale = () => ((frame.current?.clientWidth ?? 296) - 2) / natural;
  const scale = zoom === "fit" ? undefined : zoom;
  const step = (factor: number) => {
    const from = zoom === "fit" ? fitScale() : zoom;
    setZoom(Math.min(MAX, Math.max(MIN, from * factor)));
  };
  const percent = shownPercent((scale ?? fitScale()) * 100);
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Text size={200} weight="semibold">
          {t("buildPreview")}
        </Text>
        <Text size={200} aria-live="polite">
          {t("zoomLevel", { n: percent })}
        </Text>
      </div>
      {props.notice && (
        <Text size={200} data-testid="preview-notice">
          {props.notice}
        </Text>
      )}
      {/* A plain group, not Fluent's Toolbar: its tabster helpers fail axe's aria-hidden-focus. */}
      <div role="group" className={styles.tools} aria-label={t("buildPreview")}>
        <Button
          size="small"
          appearance="subtle"
          className={styles.tool}
          aria-label={t("zoomOut")}
          title={t("zoomOut")}
          onClick={() => step(1 / 1.25)}
        >
          −
        </Button>
        <Button
          size="small"
          appearance="subtle"
          className={styles.tool}
          aria-label={t("zoomIn")}
          title={t("zoomIn")}
          onClick={() => step(1.25)}
        >
          +
        </Button>
        <Button
          size="small"
          appearance="subtle"
          className={styles.tool}
          aria-pressed={zoom === "fit"}
          onClick={() => setZoom("fit")}
        >
          {t("zoomFit")}
        </Button>
      </div>
      <div
        ref={frame}
        className={styles.frame}
        role="img"
        tabIndex={0}
        aria-label={t("buildPreviewLabel", { n: props.boxes })}
        data-testid="diagram-preview"
        data-zoom={percent}
      >
        <div
          style={{ width: scale === undefined ? "100%" : `${Math.round(natural * scale)}px` }}
          // Safe: diagramSvg escapes all workbook text (SPEC §10), and no script is ever generated.
          dangerouslySetInnerHTML={{ __html: forInline(props.svg) }}
        />
      </div>
    </div>
  );
}

/** A zoom as people read it: whole percents, one decimal below 10 %, never "0 %". */
function shownPercent(percent: number): number {
  if (percent >= 10) return Math.round(percent);
  return Math.max(0.1, Math.round(percent * 10) / 10);
}

/** The SVG's width in its own units (points), from its viewBox. */
function naturalWidth(svg: string): number {
  const m = /viewBox="0 0 ([\d.]+) [\d.]+"/.exec(svg);
  return m ? Number(m[1]) : 600;
}

/** Without the XML declaration and the fixed size, so CSS sizes it (the viewBox keeps its shape). */
function forInline(svg: string): string {
  return svg.replace(/^<\?xml[^>]*>\s*/, "").replace(/<svg([^>]*?) width="[^"]*" height="[^"]*"/, "<svg$1");
}
