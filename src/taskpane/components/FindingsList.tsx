import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { Finding } from "../../core/rules/types";
import { findingRows, type FindingRowGroup } from "../findingRows";
import type { Mark } from "../liveMarks";
import { usePane } from "../paneContext";
import { FindingRowButton } from "./FindingRowButton";
import { PagedList, useListStyles } from "./PagedList";
import { SEVERITY_LOOK } from "./severity";

/** A group with more rows than this starts closed (when there are others): it buries nothing. */
const OPEN_UP_TO = 10;

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: "2px" },
  header: { gridTemplateColumns: "4px 1fr auto" },
  chevron: {
    gridColumn: "3",
    gridRow: "1 / span 2",
    alignSelf: "center",
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * The findings grouped by rule (errors first), each group a heading button with its counts
 * that opens and closes it, and per indicator one row ("[1] Target 2023–2026 kosong."):
 * activating a row (click, Enter, Space) selects its first cell. Long groups are drawn a page
 * at a time; large groups start closed so the others stay in sight.
 */
export function FindingsList(props: {
  findings: readonly Finding[];
  /** `findings` already grouped (in the pane's worker); grouped here when absent. */
  groups?: readonly FindingRowGroup[] | undefined;
  /** The selected finding's key (rule|sheet|cell). */
  currentKey: string | undefined;
  onSelect: (finding: Finding) => void;
  /** Periksa otomatis: findings that just appeared or went, by `markKey`. */
  marks?: ReadonlyMap<string, Mark>;
  markKey?: (finding: Finding) => string;
  /** The groups the user opened or closed, by key, when the caller keeps them across re-checks. */
  toggled?: ReadonlyMap<string, boolean>;
  onToggled?: (toggled: ReadonlyMap<string, boolean>) => void;
}) {
  const { lang, t } = usePane();
  const list = useListStyles();
  const { findings, marks, markKey } = props;
  const given = props.groups;
  const groups = useMemo(
    () => given ?? findingRows(findings, lang, marks, markKey),
    [given, findings, lang, marks, markKey],
  );
  const [own, setOwn] = useState<ReadonlyMap<string, boolean>>(new Map());
  const toggled = props.toggled ?? own;
  const setToggled = props.onToggled ?? setOwn;
  if (findings.length === 0) return <Text>{t("noneMatch")}</Text>;
  const isOpen = (g: FindingRowGroup) =>
    toggled.get(g.key) ?? (groups.length === 1 || g.rows.length <= OPEN_UP_TO);
  return (
    <ul role="list" aria-label={t("findingsList")} className={list.list}>
      {groups.map((g) => (
        <Group
          key={g.key}
          group={g}
          open={isOpen(g)}
          onToggle={() => setToggled(new Map(toggled).set(g.key, !isOpen(g)))}
          currentKey={props.currentKey}
          onSelect={props.onSelect}
        />
      ))}
    </ul>
  );
}

function Group(props: {
  group: FindingRowGroup;
  open: boolean;
  onToggle: () => void;
  currentKey: string | undefined;
  onSelect: (finding: Finding) => void;
}) {
  const { t } = usePane();
  const list = useListStyles();
  const styles = useStyles();
  const { group: g, open } = props;
  const id = useId();
  const look = SEVERITY_LOOK[g.severity];
  return (
    <li className={styles.group}>
      <button
        type="button"
        className={mergeClasses(list.item, styles.header)}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        data-group={g.rule}
        onClick={props.onToggle}
      >
        <span className={list.bar} style={{ backgroundColor: look.color }} aria-hidden />
        <span className={list.head}>
          <span>{g.rule}</span>
          <span>{g.severityLabel}</span>
        </span>
        <span className={list.where}>{g.countLabel}</span>
        <span className={styles.chevron} aria-hidden>
          {open ? "▾" : "▸"}
        </span>
      </button>
      {open && (
        <div id={id}>
          <PagedList
            entries={g.rows}
            label={`${g.rule} ${t(look.label)}`}
            render={(row) => (
              <FindingRowButton
                key={row.key}
                row={row}
                currentKey={props.currentKey}
                onSelect={props.onSelect}
              />
            )}
          />
        </div>
      )}
    </li>
  );
}

/** What identifies a finding across languages: its rule and cell. */
export { findingKey } from "../findingRows";
