import { makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { StringKey } from "../i18n";
import { usePane } from "../paneContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Placeholder for a tab that later work fills (Buat, Impor). */
export function ComingSoon(props: { what: StringKey }) {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{t("comingSoon")}</Subtitle2>
      <Text>{t(props.what)}</Text>
    </div>
  );
}
