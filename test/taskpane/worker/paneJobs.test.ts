/**
 * The pane's worker jobs compute what the main thread used to: Periksa's grouped list (and its
 * filters), Impor's sources, Bandingkan's diff and its marked diagram; and a workbook read in
 * the worker comes back packed and unpacks to the same values.
 */
import {
  checkAction,
  diagramPreviewAction,
  diffAction,
  importSources,
  templateAction,
} from "../../../src/core/actions";
import { diffMarks } from "../../../src/core/diff/diffMarks";
import { buildModel } from "../../../src/core/model/buildModel";
import type { Severity } from "../../../src/core/rules/types";
import type { WorkbookData } from "../../../src/core/sheet";
import { filterGroups, findingRows } from "../../../src/taskpane/findingRows";
import { packWorkbook, unpackWorkbook } from "../../../src/taskpane/worker/packedWorkbook";
import { PaneJobs } from "../../../src/taskpane/worker/paneJobs";

const now = new Date(Date.UTC(2026, 10, 1));
const sample = (): WorkbookData => templateAction({ sample: true, lang: "id" }).values;

/** The sample with one Uraian changed on the second level sheet (a `changed` for Bandingkan). */
function edited(data: WorkbookData): WorkbookData {
  const copy = structuredClone(data) as { sheets: { name: string; values: unknown[][] }[] };
  const level = copy.sheets.find((s) => s.name === "Tujuan OPD")!;
  const header = level.values.findIndex((row) => row.includes("Uraian"));
  const col = level.values[header]!.indexOf("Uraian");
  level.values[header + 1]![col] = `${String(level.values[header + 1]![col])} (diubah)`;
  return copy;
}

describe("the pane's worker jobs", () => {
  const data = sample();

  test("check: the outcome of checkAction, with the list's groups as findingRows makes them", () => {
    for (const lang of ["id", "en"] as const) {
      const view = new PaneJobs().run({ op: "check", data: { key: 1, data }, lang, now, all: false });
      const outcome = checkAction(data, { lang, now, all: false });
      expect(view.findings).toEqual(outcome.findings);
      expect(view.errors).toBe(outcome.errors);
      expect(view.groups.length).toBeGreaterThan(1);
      expect(view.groups).toEqual(findingRows(outcome.findings, lang));
    }
  });

  test("filterGroups of every finding's groups = findingRows of the filtered findings", () => {
    const { findings, groups } = new PaneJobs().run({
      op: "check",
      data: { key: 1, data },
      lang: "id",
      now,
      all: false,
    });
    const sheets = [...new Set(findings.map((f) => f.sheet))];
    expect(sheets.length).toBeGreaterThan(1);
    const severities: Severity[][] = [["error"], ["warning", "info"], ["error", "warning", "info"]];
    for (const sheet of ["", ...sheets])
      for (const sev of severities) {
        const keep = { severities: new Set(sev), sheet };
        const filtered = findings.filter(
          (f) => keep.severities.has(f.severity) && (sheet === "" || f.sheet === sheet),
        );
        expect(filterGroups(groups, keep, "id")).toEqual(findingRows(filtered, "id"));
      }
  });

  test("sources: the sheets Impor may read, as importSources finds them", () => {
    const withTemplate: WorkbookData = { sheets: [...data.sheets, { name: "Renja", values: [["Kode"]] }] };
    const sheets = new PaneJobs().run({ op: "sources", data: { key: 2, data: withTemplate }, now });
    expect(sheets).toEqual(
      importSources(
        withTemplate.sheets.map((s) => s.name),
        withTemplate,
        now,
      ),
    );
    expect(sheets).toContain("Renja");
  });

  test("diff and diffPreview: Bandingkan's changes and marked diagram, on workbooks held by key", () => {
    const jobs = new PaneJobs();
    const newer = edited(data);
    const request = { oldName: "lama.xlsx" };
    const diff = jobs.run({
      op: "diff",
      old: { key: 1, data },
      data: { key: 2, data: newer },
      request,
      lang: "id",
      now,
    });
    const expected = diffAction(data, newer, request, { lang: "id", now });
    expect(diff).toEqual(expected);
    expect(diff.changes.map((c) => c.kind)).toContain("changed");
    // Both held now: a second diff needs only their keys.
    expect(jobs.run({ op: "diff", old: { key: 1 }, data: { key: 2 }, request, lang: "id", now })).toEqual(
      expected,
    );
    const preview = jobs.run({ op: "diffPreview", data: { key: 2 }, changes: diff.changes, lang: "id", now });
    const marks = diffMarks(diff.changes);
    expect(preview).toEqual(diagramPreviewAction(buildModel(newer, { now }), { marks }, { lang: "id", now }));
    expect(preview.svg).toContain("DIUBAH");
  });

  test("a key the worker does not hold is a bug, said so", () => {
    expect(() => new PaneJobs().run({ op: "sources", data: { key: 9 }, now })).toThrow(
      "workbook 9 is not held",
    );
  });
});

describe("packWorkbook / unpackWorkbook", () => {
  test("values (dates too) and number formats (holes kept) come back the same, parsed when first read", () => {
    const when = new Date(Date.UTC(2025, 0, 31, 12));
    const data: WorkbookData = {
      sheets: [
        { name: "Program", values: [["Kode", 1.5, true, null, when], [], ["x", "#REF!"]] },
        // eslint-disable-next-line no-sparse-arrays
        { name: "Capaian", values: [[0.5, 2]], numberFormats: [[, "0%"]] },
      ],
    };
    const packed = packWorkbook(data);
    // What crosses to the main thread: strings, no cell values.
    expect(packed.packed.map((s) => typeof s.values)).toEqual(["string", "string"]);
    const back = unpackWorkbook(packed);
    expect(back.sheets.map((s) => s.name)).toEqual(["Program", "Capaian"]);
    expect(back.sheets[0]!.values).toEqual(data.sheets[0]!.values);
    expect(back.sheets[0]!.values[0]![4]).toBeInstanceOf(Date);
    expect(back.sheets[0]!.numberFormats).toBeUndefined();
    expect(back.sheets[1]!.numberFormats?.[0]?.[0]).toBeUndefined();
    expect(back.sheets[1]!.numberFormats?.[0]?.[1]).toBe("0%");
    // The same arrays on every read (parsed once).
    expect(back.sheets[0]!.values).toBe(back.sheets[0]!.values);
    // And the core reads an unpacked workbook exactly as the original.
    const sampleData = sample();
    const ctx = { lang: "id" as const, now };
    expect(checkAction(unpackWorkbook(packWorkbook(sampleData)), ctx)).toEqual(checkAction(sampleData, ctx));
  });
});
