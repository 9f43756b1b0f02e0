import { looksHostedByOffice, type HostWindow } from "../../../src/taskpane/hosts/officeJs";

function win(over: Partial<HostWindow> = {}): HostWindow {
  return { location: { search: "" }, name: "", sessionStorage: { getItem: () => null }, ...over };
}

describe("looksHostedByOffice(window)", () => {
  test("is false for a plain browser tab", () => {
    expect(looksHostedByOffice(win())).toBe(false);
    expect(looksHostedByOffice(win({ location: { search: "?lang=en" }, external: {} }))).toBe(false);
  });

  test("is true for the URL the manifest gives Office (pokinHost=office), and not for a look-alike", () => {
    expect(looksHostedByOffice(win({ location: { search: "?pokinHost=office" } }))).toBe(true);
    expect(looksHostedByOffice(win({ location: { search: "?_host_Info=x&pokinHost=office" } }))).toBe(true);
    expect(looksHostedByOffice(win({ location: { search: "?pokinHost=officex" } }))).toBe(false);
  });

  test("is true when Office put _host_Info in the pane's URL (Windows, Mac, web)", () => {
    expect(
      looksHostedByOffice(win({ location: { search: "?_host_Info=Excel$Win32$16.01$en-US$$$$0" } })),
    ).toBe(true);
    expect(looksHostedByOffice(win({ location: { search: "?a=1&_host_Info=Excel|Mac|16.00" } }))).toBe(true);
  });

  test("is true when Office on the web passed its host info in window.name", () => {
    expect(looksHostedByOffice(win({ name: '{"hostInfo":"Excel|Web|16.00|id-ID"}' }))).toBe(true);
  });

  test("is true after a navigation inside the pane, from the value office.js kept in sessionStorage", () => {
    const storage = { getItem: (k: string) => (k === "hostInfoValue" ? "Excel$Win32$16.01$en-US" : null) };
    expect(looksHostedByOffice(win({ sessionStorage: storage }))).toBe(true);
  });

  test("is true when desktop Office injected its bridge (window.external on Windows, the Agave handler on Mac)", () => {
    expect(looksHostedByOffice(win({ external: { GetContext: () => ({}) } }))).toBe(true);
    expect(looksHostedByOffice(win({ webkit: { messageHandlers: { Agave: {} } } }))).toBe(true);
  });

  test("does not fail when sessionStorage is blocked", () => {
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(looksHostedByOffice(win({ sessionStorage: blocked }))).toBe(false);
  });
});
