import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { usePane } from "../paneContext";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // The pane is 320–350 px wide: the dialog takes the width there is.
  surface: { maxWidth: "calc(100vw - 24px)", boxSizing: "border-box" },
});

/** Where the reviewer's name is remembered between notes. */
const REVIEWER_KEY = "pokin.reviewer";

/**
 * Kecualikan…: asks for the reason (required; a `Dikecualikan` note without one excepts
 * nothing, SPEC §13) and, optionally, who writes it (remembered for the next note).
 */
export function ReasonDialog(props: {
  open: boolean;
  /** What the note is about, shown under the title ("POKIN006 Program!B2"). */
  subject: string;
  onCancel: () => void;
  onSave: (reason: string, reviewer: string) => void;
}) {
  const { t } = usePane();
  const styles = useStyles();
  const [reason, setReason] = useState("");
  const [reviewer, setReviewer] = useState(() => remembered());
  const [tried, setTried] = useState(false);
  const missing = reason.trim() === "";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (missing) return;
    remember(reviewer.trim());
    props.onSave(reason.trim(), reviewer.trim());
    setReason("");
    setTried(false);
  };
  return (
    <Dialog open={props.open} onOpenChange={(_e, data) => !data.open && props.onCancel()}>
      <DialogSurface className={styles.surface}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t("exceptTitle")}</DialogTitle>
            <DialogContent className={styles.form}>
              <span>{props.subject}</span>
              <Field
                label={t("exceptReason")}
                required
                hint={t("exceptReasonHint")}
                validationState={tried && missing ? "error" : "none"}
                validationMessage={tried && missing ? t("exceptReasonMissing") : undefined}
              >
                <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} resize="vertical" />
              </Field>
              <Field label={t("reviewer")}>
                <Input value={reviewer} onChange={(_e, d) => setReviewer(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {t("save")}
              </Button>
              <Button onClick={props.onCancel}>{t("cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

function remembered(): string {
  try {
    return globalThis.localStorage?.getItem(REVIEWER_KEY) ?? "";
  } catch {
    return ""; // Storage can be disabled: nothing remembered.
  }
}

function remember(name: string): void {
  try {
    globalThis.localStorage?.setItem(REVIEWER_KEY, name);
  } catch {
    // Storage can be disabled: the name is simply asked again.
  }
}
