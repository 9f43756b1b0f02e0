import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { NoteKind } from "../../core/actions";
import type { Finding } from "../../core/rules/types";
import { usePane } from "../paneContext";
import type { PaneAction } from "../usePaneAction";
import { ReasonDialog } from "./ReasonDialog";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  subject: { flexBasis: "100%", overflowWrap: "anywhere" },
});

/** Rules whose findings are about the notes themselves: nothing to except there. */
const NOTE_RULES = new Set(["POKIN047", "POKIN048", "POKIN049"]);

/**
 * The reviewer's two notes for the selected finding (SPEC §13): "Kecualikan…" (asks for the
 * reason) and "Tandai perlu perbaikan"; each writes one `Catatan Reviu` row, then the list is
 * checked again in place.
 */
export function ReviewActions(props: { finding: Finding; action: PaneAction; refresh: () => Promise<void> }) {
  const { host, lang, t } = usePane();
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const { finding, action } = props;
  if (NOTE_RULES.has(finding.rule) || finding.excepted) return null;
  const write = (kind: NoteKind, catatan: string, oleh = "") =>
    void action.run(
      { key: "writingNote" },
      async () => {
        await host.addReviewNote({ finding, kind, catatan, oleh }, lang, new Date());
        await props.refresh();
      },
      "noteWritten",
    );
  const busy = action.busy !== undefined;
  const subject = `${finding.rule} ${finding.sheet}!${finding.cell}`;
  return (
    <div className={styles.root} role="group" aria-label={t("reviewActions")}>
      <Text size={200} className={styles.subject}>
        {t("reviewActions")}: {subject}
      </Text>
      <Button size="small" disabled={busy} onClick={() => setAsking(true)}>
        {t("exceptButton")}
      </Button>
      <Button size="small" disabled={busy} onClick={() => write("fix", "")}>
        {t("markFixButton")}
      </Button>
      <ReasonDialog
        open={asking}
        subject={subject}
        onCancel={() => setAsking(false)}
        onSave={(reason, reviewer) => {
          setAsking(false);
          write("excepted", reason, reviewer);
        }}
      />
    </div>
  );
}
