import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/messages";
import { usePane } from "../paneContext";

const useStyles = makeStyles({
  group: { display: "flex", gap: tokens.spacingHorizontalXXS, flexShrink: 0 },
  button: { minWidth: "40px" },
});

const LANGS: readonly { lang: Lang; label: string; name: string }[] = [
  { lang: "id", label: "ID", name: "Bahasa Indonesia" },
  { lang: "en", label: "EN", name: "English" },
];

/** Two toggle buttons, ID and EN; the pressed one is the display language. */
export function LanguageSwitch(props: { onChange: (lang: Lang) => void }) {
  const { lang, t } = usePane();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t("language")} className={styles.group}>
      {LANGS.map((l) => (
        <ToggleButton
          key={l.lang}
          size="small"
          appearance="subtle"
          className={styles.button}
          checked={lang === l.lang}
          // The visible code first, so the accessible name contains the visible text (WCAG 2.5.3).
          aria-label={`${l.label} ${l.name}`}
          title={l.name}
          lang={l.lang}
          onClick={() => props.onChange(l.lang)}
        >
          {l.label}
        </ToggleButton>
      ))}
    </div>
  );
}
