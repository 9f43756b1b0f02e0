import { makeStyles, Switch, Text, tokens } from "@fluentui/react-components";
import { usePane } from "../paneContext";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

/**
 * "Tampilkan yang dikecualikan" (SPEC §13) and how many findings the reviewer's notes except.
 */
export function ExceptedToggle(props: {
  excepted: number;
  show: boolean;
  onChange: (show: boolean) => void;
}) {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Switch
        checked={props.show}
        onChange={(_e, data) => props.onChange(data.checked)}
        label={t("showExcepted")}
      />
      <Text size={200} data-testid="excepted-count">
        {t("exceptedCount", { n: props.excepted })}
      </Text>
    </div>
  );
}
