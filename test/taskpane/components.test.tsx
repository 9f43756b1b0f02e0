/**
 * @jest-environment jsdom
 */
// What the chromium tests do not pin, in jsdom with @testing-library/react: the finding filters,
// the mapping table's structured overrides, Buat's defaults, and the error and busy states.
import "@testing-library/jest-dom";
import { act, fireEvent, render, renderHook, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import { BUILD_SHEET_KINDS } from "../../src/core/actions";
import { buildModel } from "../../src/core/model/buildModel";
import type { ImportMapping, MapRole } from "../../src/core/import";
import type { Finding } from "../../src/core/rules/types";
import type { Lang } from "../../src/core/messages";
import { BuildOptions } from "../../src/taskpane/components/BuildOptions";
import { FindingFilters, type Filters } from "../../src/taskpane/components/FindingFilters";
import { MappingTable } from "../../src/taskpane/components/MappingTable";
import { StatusMessage } from "../../src/taskpane/components/StatusMessage";
import type { PaneHost } from "../../src/taskpane/host";
import { PaneContext } from "../../src/taskpane/paneContext";
import { useBuildChoice } from "../../src/taskpane/useBuildChoice";
import { usePaneAction } from "../../src/taskpane/usePaneAction";
import { modelSummary } from "../../src/taskpane/worker/modelSummary";
import { preview } from "../core/import/unseen/run";
import { templateFile } from "../fixtures/templates/templateFile";
import { cleanWorkbook, settingsSheet, withSheet } from "../helpers/workbook";

const NOW = new Date(2026, 2, 1);

/** A host whose only job here is to explain errors in one line. */
const host = {
  kind: "browser",
  explainError: (err: unknown, lang: Lang) => `${lang}: ${err instanceof Error ? err.message : String(err)}`,
} as unknown as PaneHost;

function wrap(lang: Lang) {
  return ({ children }: { children: ReactNode }) => (
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={{ host, lang }}>{children}</PaneContext.Provider>
    </FluentProvider>
  );
}

const finding = (severity: Finding["severity"], sheet: string, n: number): Finding =>
  ({ rule: `POKIN00${n}`, severity, sheet, cell: `A${n}`, message: "m" }) as unknown as Finding;

describe("FindingFilters", () => {
  const findings = [
    finding("error", "Program", 1),
    finding("error", "Kegiatan", 2),
    finding("warning", "Program", 3),
    finding("info", "Program", 4),
  ];

  function Harness(props: { onFilters: (f: Filters) => void }) {
    const [filters, setFilters] = useState<Filters>({
      severities: new Set(["error", "warning", "info"]),
      sheet: "",
    });
    return (
      <FindingFilters
        findings={findings}
        filters={filters}
        onChange={(f) => {
          setFilters(f);
          props.onFilters(f);
        }}
      />
    );
  }

  test("each severity toggle shows its count and turns that severity off and on again", () => {
    const seen: Filters[] = [];
    render(<Harness onFilters={(f) => seen.push(f)} />, { wrapper: wrap("en") });
    const group = screen.getByRole("group", { name: "Show severities" });
    const errors = within(group).getByRole("button", { name: /^Errors/ });
    expect(errors).toHaveTextContent("Errors 2");
    expect(errors).toHaveAttribute("aria-pressed", "true");
    fireEvent.click(errors);
    expect([...seen[0]!.severities].sort()).toEqual(["info", "warning"]);
    expect(errors).toHaveAttribute("aria-pressed", "false");
    fireEvent.click(errors);
    expect([...seen[1]!.severities].sort()).toEqual(["error", "info", "warning"]);
  });

  test("the sheet dropdown lists each sheet once and narrows to the one chosen", () => {
    const seen: Filters[] = [];
    render(<Harness onFilters={(f) => seen.push(f)} />, { wrapper: wrap("id") });
    fireEvent.click(screen.getByRole("combobox", { name: "Lembar" }));
    const options = screen.getAllByRole("option").map((o) => o.textContent);
    expect(options).toEqual(["Semua lembar", "Program", "Kegiatan"]);
    fireEvent.click(screen.getByRole("option", { name: "Kegiatan" }));
    expect(seen.at(-1)!.sheet).toBe("Kegiatan");
  });
});

describe("MappingTable", () => {
  // An English-headed cascade: G is Satuan, J is Target 2026 (test/fixtures/templates).
  let mapping: ImportMapping;
  beforeAll(async () => {
    mapping = preview(await templateFile("english-cascade")).mapping!;
  });

  test("choosing a role hands the column and the role as data, not --map text", () => {
    const changes: [number, MapRole][] = [];
    render(<MappingTable mapping={mapping} changed={new Set()} onChange={(c, r) => changes.push([c, r])} />, {
      wrapper: wrap("en"),
    });
    const satuan = screen.getByRole("combobox", { name: "Role of column G" });
    expect(satuan).toHaveTextContent("Satuan");
    fireEvent.click(satuan);
    fireEvent.click(screen.getByRole("option", { name: "Skip (not imported)" }));
    fireEvent.click(screen.getByRole("combobox", { name: "Role of column J" }));
    fireEvent.click(screen.getByRole("option", { name: "Realisasi 2026" }));
    expect(changes).toEqual([
      [6, { kind: "skip" }],
      [9, { kind: "realisasi", year: 2026 }],
    ]);
  });

  test("choosing the role a column already has changes nothing; changed columns are marked", () => {
    const changes: unknown[] = [];
    const { container } = render(
      <MappingTable mapping={mapping} changed={new Set([6])} onChange={(...a) => changes.push(a)} />,
      { wrapper: wrap("id") },
    );
    fireEvent.click(screen.getByRole("combobox", { name: "Peran kolom G" }));
    fireEvent.click(screen.getByRole("option", { name: "Satuan" }));
    expect(changes).toEqual([]);
    // A changed column's entry carries one more class (its highlight) than the others.
    const cls = (col: string) => container.querySelector(`[data-col="${col}"]`)?.className ?? "";
    expect(cls("G").length).toBeGreaterThan(cls("A").length);
    expect(cls("A")).toBe(cls("B"));
  });
});

describe("BuildOptions with useBuildChoice: the defaults", () => {
  function Harness(props: { workbook: ReturnType<typeof cleanWorkbook> }) {
    const model = useMemo(() => modelSummary(buildModel(props.workbook, { now: NOW })), [props.workbook]);
    const [choice, change] = useBuildChoice(model);
    return <BuildOptions model={model} choice={choice} onChange={change} />;
  }

  test("the year is Tahun Laporan, every sheet is on, top-down, all levels", () => {
    const workbook = withSheet(
      cleanWorkbook(),
      settingsSheet([
        ["Tahun Awal", 2025],
        ["Tahun Akhir", 2027],
        ["Tahun Laporan", 2026],
      ]),
    );
    render(<Harness workbook={workbook} />, { wrapper: wrap("id") });
    expect(screen.getByRole("combobox", { name: "Tahun" })).toHaveTextContent("2026");
    expect(screen.getByRole("combobox", { name: "Kedalaman" })).toHaveTextContent("Semua level");
    expect(screen.getByRole("radio", { name: "Atas ke bawah" })).toBeChecked();
    const sheets = within(screen.getByRole("group", { name: "Lembar yang dibuat" })).getAllByRole("checkbox");
    expect(sheets.map((c) => (c as HTMLInputElement).checked)).toEqual(sheets.map(() => true));
    expect(screen.getByRole("checkbox", { name: "Capaian 2026" })).toBeEnabled();
  });

  test("without any year, the year says so and Capaian is off and disabled", () => {
    // Before the workbook is read (no model), nothing is known: no year yet.
    const choice = {
      year: undefined,
      orientation: "down" as const,
      root: undefined,
      depth: undefined,
      sheets: new Set(BUILD_SHEET_KINDS),
    };
    render(<BuildOptions model={undefined} choice={choice} onChange={() => undefined} />, {
      wrapper: wrap("en"),
    });
    const year = screen.getByRole("combobox", { name: "Year" });
    expect(year).toHaveTextContent("No year in the workbook");
    const capaian = screen.getByRole("checkbox", { name: "Capaian —" });
    expect(capaian).toBeDisabled();
    expect(capaian).not.toBeChecked();
  });
});

describe("usePaneAction and StatusMessage: busy, error, done", () => {
  test("busy while the work runs, one action at a time, a failure as one line, then dismissed", async () => {
    const { result } = renderHook(() => usePaneAction(host, "en"), { wrapper: wrap("en") });
    let release!: () => void;
    let first!: Promise<boolean>;
    act(() => {
      first = result.current.run({ key: "checking" }, () => new Promise<void>((r) => (release = r)));
    });
    expect(result.current.busy).toEqual({ key: "checking" });
    let second!: boolean;
    await act(async () => {
      second = await result.current.run({ key: "building" }, async () => undefined);
    });
    expect(second).toBe(false); // refused: another action is running
    await act(async () => {
      release();
      expect(await first).toBe(true);
    });
    expect(result.current.busy).toBeUndefined();
    let failed!: boolean;
    await act(async () => {
      failed = await result.current.run({ key: "building" }, async () => {
        throw new Error("the sheet is protected\n    at stack frame");
      });
    });
    expect(failed).toBe(false);
    expect(result.current.busy).toBeUndefined();
    expect(result.current.error).toBe("en: the sheet is protected\n    at stack frame");
    act(() => result.current.clear());
    expect(result.current.error).toBeUndefined();
  });

  test("StatusMessage shows the error with its title and a dismiss button, the done note otherwise", async () => {
    function Harness(props: { fail: boolean }) {
      const action = usePaneAction(host, "id");
      return (
        <>
          <button
            onClick={() =>
              void action.run(
                { key: "checking" },
                async () => {
                  if (props.fail) throw new Error("rusak");
                },
                "templateDone",
              )
            }
          >
            go
          </button>
          <StatusMessage action={action} />
        </>
      );
    }
    const { rerender } = render(<Harness fail />, { wrapper: wrap("id") });
    expect(screen.queryByText("Tidak berhasil")).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "go" })));
    expect(screen.getByText("Tidak berhasil")).toBeInTheDocument();
    expect(screen.getByText("id: rusak")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Tutup" }));
    expect(screen.queryByText("Tidak berhasil")).toBeNull();
    rerender(<Harness fail={false} />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "go" })));
    expect(screen.getByText(/Lembar yang belum ada sudah dibuat/)).toBeInTheDocument();
  });
});
