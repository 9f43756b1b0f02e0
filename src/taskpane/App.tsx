import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  PortalMountNodeProvider,
  Subtitle1,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { Lang } from "../core/messages";
import { BrowserBar } from "./components/BrowserBar";
import { BuildPanel } from "./components/BuildPanel";
import { CheckPanel } from "./components/CheckPanel";
import { FocusManager } from "./components/FocusManager";
import { ComparePanel } from "./components/ComparePanel";
import { GabungPanel } from "./components/GabungPanel";
import { GridPreview } from "./components/GridPreview";
import { ImportPanel } from "./components/ImportPanel";
import { InsertCapaian } from "./components/InsertCapaian";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { PaneTabs } from "./components/PaneTabs";
import { StatusMessage } from "./components/StatusMessage";
import { TemplatePanel } from "./components/TemplatePanel";
import type { StartedHost } from "./host";
import { BrowserHost, type BrowserState } from "./hosts/browserHost";
import { text, type StringKey } from "./i18n";
import { PaneContext } from "./paneContext";
import { useCheck } from "./useCheck";
import { useCompare } from "./useCompare";
import { useGabung } from "./useGabung";
import { usePaneAction } from "./usePaneAction";

type TabId = "check" | "build" | "import" | "template" | "gabung" | "compare";
const TABS: readonly { id: TabId; label: StringKey }[] = [
  { id: "check", label: "tabCheck" },
  { id: "build", label: "tabBuild" },
  { id: "import", label: "tabImport" },
  { id: "template", label: "tabTemplate" },
  { id: "gabung", label: "tabGabung" },
  { id: "compare", label: "tabCompare" },
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  title: { display: "flex", flexDirection: "column", minWidth: 0 },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

const NO_STATE: BrowserState = { version: 0 };
const noSubscribe = () => () => undefined;
const noState = () => NO_STATE;

/** The task pane: header with the language switch, the browser bar outside Office, six tabs. */
export function App(props: { started: StartedHost }) {
  const { host, problem } = props.started;
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(host.lang);
  const [tab, setTab] = useState<TabId>("check");
  const action = usePaneAction(host, lang);
  const browser = host instanceof BrowserHost ? host : undefined;
  const state = useSyncExternalStore(browser?.subscribe ?? noSubscribe, browser?.getState ?? noState);
  const check = useCheck(host, lang, state.version);
  const gabung = useGabung(host, lang);
  const compare = useCompare(host, lang, state.version);
  const pane = useMemo(() => ({ host, lang }), [host, lang]);
  // Pop-ups (drop-down lists, tooltips) open inside <main>, not loose in <body>: all of the
  // page stays in a landmark (axe: region).
  const [popups, setPopups] = useState<HTMLElement | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const { run } = action;
  useEffect(() => {
    // Outside Office the pane opens on the Banjarnegara sample (SPEC §8). Every dependency is
    // stable, so this runs once.
    if (browser) void run({ key: "loadingSample" }, () => browser.loadSample(host.lang));
  }, [browser, run, host.lang]);

  const preview =
    browser && state.selection && state.data ? (
      <GridPreview data={state.data} sheet={state.selection.sheet} cell={state.selection.cell} />
    ) : undefined;
  return (
    <FluentProvider theme={webLightTheme} dir="ltr">
      <FocusManager />
      <PaneContext.Provider value={pane}>
        <PortalMountNodeProvider value={popups ?? undefined}>
          <div className={styles.root} data-ready={state.data || !browser ? "true" : "false"}>
            <header className={styles.header}>
              <div className={styles.title}>
                <Subtitle1 as="h1">Pokin</Subtitle1>
                <Text size={200}>{text(lang, "title")}</Text>
              </div>
              <LanguageSwitch onChange={setLang} />
            </header>
            <main className={styles.main}>
              {problem && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{text(lang, problem)}</MessageBarBody>
                </MessageBar>
              )}
              {browser && <BrowserBar host={browser} state={state} action={action} />}
              <PaneTabs
                tabs={TABS.map((t) => ({ id: t.id, label: text(lang, t.label) }))}
                selected={tab}
                onSelect={setTab}
                label={text(lang, "tabsLabel")}
              />
              <StatusMessage action={action} />
              <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
                {tab === "check" && <CheckPanel check={check} action={action} preview={preview} />}
                {tab === "build" && (
                  <BuildPanel
                    action={action}
                    version={state.version}
                    ready={!browser || state.data !== undefined}
                  />
                )}
                {tab === "build" && <InsertCapaian action={action} />}
                {tab === "import" && (
                  <ImportPanel
                    action={action}
                    version={state.version}
                    ready={!browser || state.data !== undefined}
                  />
                )}
                {tab === "template" && <TemplatePanel action={action} />}
                {tab === "gabung" && <GabungPanel gabung={gabung} action={action} />}
                {tab === "compare" && <ComparePanel compare={compare} action={action} preview={preview} />}
              </div>
              <div ref={setPopups} />
            </main>
          </div>
        </PortalMountNodeProvider>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
