import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { downloadSampleOpds } from "../hosts/browserPemda";
import { usePane } from "../paneContext";
import type { GabungState } from "../useGabung";
import type { PaneAction } from "../usePaneAction";
import { Progress } from "./Progress";
import { XlsxInput } from "./XlsxInput";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  files: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  bad: { color: tokens.colorPaletteRedForeground1 },
  cross: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/**
 * Gabung (SPEC §11): several OPD workbooks picked together (or the three samples), consolidated
 * into the Pemda workbook — downloaded outside Office, written into the open workbook in Excel.
 */
export function GabungPanel(props: { gabung: GabungState; action: PaneAction }) {
  const { host, lang, t } = usePane();
  const styles = useStyles();
  const { gabung, action } = props;
  const input = useRef<HTMLInputElement>(null);
  const busy = action.busy !== undefined;
  const browser = host.kind === "browser";
  const { picked, done } = gabung;
  return (
    <div className={styles.root}>
      <Text>{t("gabungIntro")}</Text>
      {!browser && <Text>{t("gabungIntroOffice")}</Text>}
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => input.current?.click()}>
          {t("gabungPick")}
        </Button>
        <Button disabled={busy} title={t("gabungSamplesHint")} onClick={gabung.pickSamples}>
          {t("gabungSamples")}
        </Button>
        {browser && (
          <Button
            appearance="subtle"
            disabled={busy}
            title={t("gabungSamplesHint")}
            onClick={() => void action.attempt(() => downloadSampleOpds(lang))}
          >
            {t("gabungDownloadSamples")}
          </Button>
        )}
      </div>
      <XlsxInput
        ref={input}
        multiple
        label={t("gabungPickLabel")}
        testId="gabung-files"
        onFiles={(files) => void action.run({ key: "gabungReading" }, () => gabung.pick(files))}
      />
      {picked.length > 0 && (
        <>
          <Text weight="semibold">{t("gabungChosen", { n: picked.length })}</Text>
          <ul className={styles.files} aria-label={t("gabungPickLabel")} data-testid="gabung-chosen">
            {picked.map((p, i) => (
              <li key={`${p.name}|${i}`} className={"failure" in p ? styles.bad : undefined}>
                {p.name}
                {p.example ? ` (${t("gabungSampleTag")})` : ""}
                {"failure" in p ? ` — ${p.failure[lang]}` : ""}
              </li>
            ))}
          </ul>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => void action.run({ key: "gabungWorking" }, gabung.gabung)}
          >
            {t(browser ? "gabungButton" : "gabungButtonOffice")}
          </Button>
        </>
      )}
      <Progress
        label={
          action.busy?.key === "gabungWorking" || action.busy?.key === "gabungReading"
            ? t(action.busy.key)
            : undefined
        }
      />
      {done && !busy && (
        <section aria-label={t("tabGabung")} className={styles.root} data-testid="gabung-done">
          <MessageBar intent={done.errors > 0 ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              {done.downloaded
                ? t("gabungDownloaded", { name: done.downloaded })
                : t("gabungWritten", { n: done.backups.length })}{" "}
              {t("gabungDone", {
                opds: done.opds,
                total: done.total,
                levels: done.perLevel.join(" / "),
                errors: done.errors,
                warnings: done.warnings,
              })}
            </MessageBarBody>
          </MessageBar>
          <Text as="h2" weight="semibold">
            {t("gabungCross")}
          </Text>
          {done.cross.length === 0 ? (
            <Text>{t("gabungNoCross")}</Text>
          ) : (
            <ul className={styles.cross}>
              {done.cross.map((f, i) => (
                <li key={i} data-rule={f.rule}>
                  {`${f.rule} · ${f.file}: ${f.message}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
