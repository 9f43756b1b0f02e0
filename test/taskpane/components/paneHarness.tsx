/**
 * Renders the real pane (App) in jsdom over the Office host driven by the recording fake, so
 * component tests click what a user clicks and look at what Excel would hold.
 */
import { configure, render } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import type { PaneHost } from "../../../src/taskpane/host";
import { OfficeHost } from "../../../src/taskpane/hosts/officeHost";
import type { ExcelRun } from "../../../src/adapters/office/runAction";
import type { FakeExcel } from "../../adapters/office/fakeExcel";

// The machine running the tests can be very busy: wait for the pane as long as a user would.
configure({ asyncUtilTimeout: 15_000 });

/** jsdom has no matchMedia; Fluent asks it about reduced motion. */
export function installMatchMedia(): void {
  if (typeof window.matchMedia === "function") return;
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

/** An Office host over the fake: ExcelApi up to `maxMinor`, bursts ended after 5 ms of quiet. */
export function officeHostOver(excel: FakeExcel, maxMinor = 13): OfficeHost {
  return new OfficeHost("id", {
    run: excel.run as unknown as ExcelRun,
    capabilities: { excelApi: (minor) => minor <= maxMinor, payloadLimit: Number.POSITIVE_INFINITY },
    debounceMs: 5,
    sleep: async () => undefined,
  });
}

/** The whole pane over a host. */
export function renderPane(host: PaneHost) {
  installMatchMedia();
  return render(<App started={{ host }} />);
}
