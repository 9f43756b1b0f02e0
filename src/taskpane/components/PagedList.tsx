import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { usePane } from "../paneContext";
import { visuallyHidden } from "./visuallyHidden";

/** How many entries a list draws at first, and how many more each "Show more" adds. */
export const PAGE = 100;

/**
 * The look Periksa's findings and Bandingkan's changes share: a list of full-width buttons,
 * each a coloured bar on the left, a bold head line and the text under it.
 */
export const useListStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  item: {
    display: "grid",
    gridTemplateColumns: "4px 1fr",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} 0`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":disabled": { cursor: "default" },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  bar: { borderRadius: tokens.borderRadiusSmall, gridRow: "1 / span 2" },
  head: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    minWidth: 0,
  },
  where: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  text: { overflowWrap: "anywhere" },
  hidden: visuallyHidden,
  more: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

/**
 * A list drawn a page at a time ("Menampilkan 100 dari 344" and "Tampilkan lebih banyak"
 * under it): long lists stay quick to draw.
 * @param props.entries what to list; `render` draws one entry's `<li>`
 * @param props.label the list's accessible name
 */
export function PagedList<T>(props: {
  entries: readonly T[];
  label: string;
  render: (entry: T, index: number) => ReactNode;
}) {
  const { t } = usePane();
  const styles = useListStyles();
  const [shown, setShown] = useState(PAGE);
  const visible = props.entries.slice(0, shown);
  return (
    <>
      <ul role="list" aria-label={props.label} className={styles.list}>
        {visible.map(props.render)}
      </ul>
      {shown < props.entries.length && (
        <div className={styles.more}>
          <Text size={200}>{t("showing", { shown: visible.length, total: props.entries.length })}</Text>
          <Button size="small" onClick={() => setShown(shown + PAGE)}>
            {t("showMore")}
          </Button>
        </div>
      )}
    </>
  );
}
