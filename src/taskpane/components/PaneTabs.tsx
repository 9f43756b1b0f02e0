import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  // Wraps onto a second row rather than scrolling sideways: six tabs fit 350 px this way.
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXXS,
    rowGap: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    position: "relative",
    flexGrow: 0,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: "nowrap",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    "::after": {
      content: '""',
      position: "absolute",
      insetInline: tokens.spacingHorizontalS,
      bottom: "2px",
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
  },
});

/** One tab: its id (tab-ID, panel-ID) and its label in the current language. */
export interface PaneTab<Id extends string> {
  readonly id: Id;
  readonly label: string;
}

/**
 * The pane's tab strip (WAI-ARIA tabs, automatic activation): arrow keys, Home and End move
 * between tabs and select them; only the selected tab is in the Tab order. Plain buttons
 * instead of Fluent's TabList: the strip wraps onto more rows at 350 px, and it adds none of
 * tabster's aria-hidden focusable helpers, which axe reports (aria-hidden-focus).
 */
export function PaneTabs<Id extends string>(props: {
  tabs: readonly PaneTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
}) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent) => {
    const n = props.tabs.length;
    const at = props.tabs.findIndex((t) => t.id === props.selected);
    const to =
      e.key === "ArrowRight" || e.key === "ArrowDown"
        ? (at + 1) % n
        : e.key === "ArrowLeft" || e.key === "ArrowUp"
          ? (at - 1 + n) % n
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? n - 1
              : -1;
    const tab = props.tabs[to];
    if (!tab) return;
    e.preventDefault();
    props.onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label={props.label} className={styles.list} onKeyDown={move}>
      {props.tabs.map((t) => {
        const selected = t.id === props.selected;
        return (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={selected}
            aria-controls={`panel-${t.id}`}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(styles.tab, selected && styles.selected)}
            onClick={() => props.onSelect(t.id)}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
