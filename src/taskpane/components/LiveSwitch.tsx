import { makeStyles, Switch, Text, tokens } from "@fluentui/react-components";
import type { LiveView } from "../liveView";
import { usePane } from "../paneContext";
import { visuallyHidden } from "./visuallyHidden";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground2 },
  said: visuallyHidden,
});

/**
 * "Periksa otomatis" (SPEC §14): shown only where the host can watch edits (Excel with
 * ExcelApi 1.7); each re-check's change is announced politely to screen readers.
 */
export function LiveSwitch(props: { live: LiveView }) {
  const { t } = usePane();
  const styles = useStyles();
  const { live } = props;
  if (!live.available) return null;
  return (
    <div className={styles.root}>
      <Switch
        checked={live.on}
        onChange={(_e, data) => live.setOn(data.checked)}
        label={t("liveSwitch")}
        aria-describedby="pokin-live-hint"
      />
      <Text size={200} id="pokin-live-hint" className={styles.hint}>
        {t("liveHint")}
      </Text>
      <div role="status" aria-live="polite" className={styles.said} data-testid="live-said">
        {live.on ? live.said : ""}
      </div>
    </div>
  );
}
