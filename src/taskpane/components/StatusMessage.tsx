import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { PaneAction } from "../usePaneAction";
import { usePane } from "../paneContext";

/** The last action's failure (or its done note), as a Fluent message bar the user can dismiss. */
export function StatusMessage(props: { action: PaneAction; doneOverride?: string }) {
  const { t } = usePane();
  const { error, done, clear } = props.action;
  if (!error && !done) return null;
  const dismiss = (
    <MessageBarActions>
      <Button size="small" onClick={clear}>
        {t("dismiss")}
      </Button>
    </MessageBarActions>
  );
  if (error) {
    return (
      <MessageBar intent="error" layout="multiline" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
          {error}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>{props.doneOverride ?? (done ? t(done) : "")}</MessageBarBody>
      {dismiss}
    </MessageBar>
  );
}
