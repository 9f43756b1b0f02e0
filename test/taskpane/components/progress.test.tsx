/**
 * @jest-environment jsdom
 */
// The pane's progress indicator (issue 11 §7): no spinner for work under 300 ms, a spinner with
// its label after, inside a polite live region that is there before, during and after.
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Lang } from "../../../src/core/messages";
import type { Finding } from "../../../src/core/rules/types";
import { CheckPanel } from "../../../src/taskpane/components/CheckPanel";
import { Progress, PROGRESS_DELAY_MS } from "../../../src/taskpane/components/Progress";
import type { PaneHost } from "../../../src/taskpane/host";
import { PaneContext } from "../../../src/taskpane/paneContext";
import type { CheckResult } from "../../../src/taskpane/useCheck";
import { usePaneAction } from "../../../src/taskpane/usePaneAction";
import { installMatchMedia } from "./paneHarness";

const host = {
  kind: "browser",
  explainError: (err: unknown) => String(err),
  selectCell: async () => undefined,
} as unknown as PaneHost;

function Pane(props: { lang?: Lang; children: ReactNode }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={{ host, lang: props.lang ?? "id" }}>{props.children}</PaneContext.Provider>
    </FluentProvider>
  );
}

const after = (ms: number) => act(() => jest.advanceTimersByTime(ms));
const spinner = () => screen.queryByRole("progressbar");

beforeAll(installMatchMedia);
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("Progress", () => {
  const view = (label: string | undefined, children?: ReactNode) => (
    <Pane>
      <Progress label={label}>{children}</Progress>
    </Pane>
  );

  test("work over 300 ms: nothing for the first 299 ms, then the labelled spinner, in one live region throughout", () => {
    const { rerender } = render(view(undefined, "2 perubahan"));
    const region = screen.getByRole("status");
    expect(region.getAttribute("aria-live")).toBe("polite");
    expect([region.textContent, region.hasAttribute("data-working")]).toEqual(["2 perubahan", false]);

    rerender(view("Memeriksa buku kerja…", "2 perubahan"));
    expect(region.getAttribute("data-working")).toBe("true");
    after(PROGRESS_DELAY_MS - 1);
    expect(spinner()).toBeNull();
    expect(region.textContent).toBe("2 perubahan");
    after(1);
    expect(screen.getByRole("status")).toBe(region);
    expect(region.contains(spinner())).toBe(true);
    expect(region.textContent).toBe("Memeriksa buku kerja…");

    rerender(view(undefined, "2 perubahan"));
    expect(spinner()).toBeNull();
    expect(screen.getByRole("status")).toBe(region);
    expect([region.textContent, region.hasAttribute("data-working")]).toEqual(["2 perubahan", false]);
  });

  test("work that ends before 300 ms never shows a spinner, and the next work waits its own 300 ms", () => {
    const { rerender } = render(view(undefined));
    rerender(view("Membaca…"));
    after(PROGRESS_DELAY_MS - 50);
    rerender(view(undefined));
    after(PROGRESS_DELAY_MS * 3);
    expect(spinner()).toBeNull();

    rerender(view("Membaca…"));
    after(PROGRESS_DELAY_MS - 1);
    expect(spinner()).toBeNull();
    after(1);
    expect(screen.getByRole("status").textContent).toBe("Membaca…");
  });

  test("a label that changes while the work runs keeps the spinner and says the new step", () => {
    const { rerender } = render(view("Membaca buku kerja…"));
    after(PROGRESS_DELAY_MS);
    rerender(view("Menggambar pratinjau…"));
    expect(screen.getByRole("status").textContent).toBe("Menggambar pratinjau…");
    expect(spinner()).not.toBeNull();
  });
});

describe("Periksa's progress", () => {
  /** Periksa over a check the test finishes by hand. */
  function Harness(props: { finish: { current?: (f: readonly Finding[]) => void } }) {
    const action = usePaneAction(host, "id");
    const [findings, setFindings] = useState<readonly Finding[]>();
    const check: CheckResult = {
      findings,
      // No groups from the worker: the list groups the findings itself (as in a live re-check).
      groups: undefined,
      excepted: 0,
      runId: "1",
      check: () =>
        new Promise<void>((resolve) => (props.finish.current = (f) => (setFindings(f), resolve()))),
      refresh: async () => undefined,
      showExcepted: false,
      setShowExcepted: () => undefined,
      live: {
        available: false,
        on: false,
        setOn: () => undefined,
        findings: undefined,
        excepted: undefined,
        marks: new Map(),
        said: "",
        seq: () => 0,
      },
    };
    return <CheckPanel check={check} action={action} />;
  }

  test("a slow check: the status region is there before, the spinner only after 300 ms, then the focus lands on the result", async () => {
    const finish: { current?: (f: readonly Finding[]) => void } = {};
    render(
      <Pane>
        <Harness finish={finish} />
      </Pane>,
    );
    const region = screen.getByRole("status");
    expect(region.textContent).toBe("");
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    after(PROGRESS_DELAY_MS - 1);
    expect(spinner()).toBeNull();
    after(1);
    expect(screen.getByRole("status")).toBe(region);
    expect(region.textContent).toBe("Memeriksa buku kerja…");

    const typo: Finding = {
      rule: "POKIN006",
      severity: "error",
      sheet: "Program",
      cell: "B2",
      message: "Kode salah.",
    };
    await act(async () => finish.current!([typo]));
    expect(spinner()).toBeNull();
    expect(screen.getByRole("status")).toBe(region);
    const result = screen.getByRole("region", { name: "Hasil pemeriksaan" });
    expect(document.activeElement).toBe(result);
    expect(result.querySelector('button[data-rule="POKIN006"]')).not.toBeNull();
  });
});
