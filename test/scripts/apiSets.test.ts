import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/* eslint-disable @typescript-eslint/no-require-imports -- the scripts are plain CommonJS */
const { check, advice } = require("../../scripts/api-sets.js") as {
  check: (root?: string) => { problems: string[]; stale: boolean; section: string };
  advice: (result: { problems: string[]; stale: boolean }) => string;
};
const { manifestMinimum } = require("../../scripts/api-sets/audit.js") as {
  manifestMinimum: (xml: string) => number;
};
const { parseMembers, replaceSection } = require("../../scripts/api-sets/table.js") as {
  parseMembers: (doc: string) => Map<string, string>;
  replaceSection: (doc: string, section: string) => string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "../..");

// The audit type-checks src/ with office-js's 190,000-line declarations: seconds, not millis.
jest.setTimeout(240_000);

describe("API-set audit of the Office adapter, the ribbon commands and the pane's Office host", () => {
  test("every member above the manifest's minimum is guarded, and TESTING.md's table is current", () => {
    const result = check(ROOT);
    // On failure the message is the one a developer sees from `node scripts/api-sets.js`.
    expect(advice(result)).toBe("");
    const members = parseMembers(fs.readFileSync(path.join(ROOT, "TESTING.md"), "utf8"));
    // Spot checks that the table is resolved by type, with what each member gives.
    expect(members.get("Excel.Worksheet.getRangeByIndexes")).toBe("Excel.Range");
    expect(members.get("Excel.ShapeCollection.addLine")).toBe("Excel.Shape");
    expect(members.get("Excel.WorksheetCollection.items")).toBe("Excel.Worksheet[]");
    expect(members.has("Excel.Worksheet.name")).toBe(true); // from load("items/name")
  });

  test("the manifest's minimum is read from <Requirements>", () => {
    const xml = (v: string) =>
      `<OfficeApp><Requirements><Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="${v}"/></Sets></Requirements></OfficeApp>`;
    expect(manifestMinimum(xml("1.7"))).toBe(7);
    expect(manifestMinimum(xml("1.12"))).toBe(12);
    expect(() => manifestMinimum(xml("2"))).toThrow(/no ExcelApi MinVersion/);
    expect(manifestMinimum(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"))).toBe(7);
  });

  test("in a small project: guarded paths pass, each unguarded or under-guarded use is named", () => {
    const dir = fixtureProject(FIXTURE);
    try {
      const result = check(dir);
      const lines = result.problems.map((p) => p.replace(/ \(the manifest's.*$/, ""));
      expect(lines).toEqual([
        'adapters/office/cases.ts:58: load("…nmae…"): Excel.Worksheet.nmae does not exist in Office.js',
        ...[8, 11, 15, 20].flatMap((line) => [
          `adapters/office/cases.ts:${line}: Excel.ShapeCollection.addLine needs ExcelApi 1.9`,
          `adapters/office/cases.ts:${line}: Excel.Worksheet.shapes needs ExcelApi 1.9`,
        ]),
        // layout() has one guarded caller and one that is not.
        "adapters/office/cases.ts:46: Excel.Worksheet.pageLayout needs ExcelApi 1.9",
      ]);
      // A fresh project has no table yet: stale, and the advice says the one command to run.
      expect(result.stale).toBe(true);
      expect(advice(result)).toContain("run `node scripts/api-sets.js --write`");
      expect(advice(result)).toContain("wrap the use in a check of the set it needs");
      // Once written, the table is current and lists the guard of each guarded member.
      const testing = path.join(dir, "TESTING.md");
      fs.writeFileSync(testing, replaceSection(fs.readFileSync(testing, "utf8"), result.section));
      expect(check(dir).stale).toBe(false);
      expect(result.section).toContain(
        "| `Excel.Table.resize` | ExcelApi 1.13 |  | cases.ts | 1.13 at adapters/office/cases.ts:24 |",
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Line numbers matter: the expected problems above point into this text.
const FIXTURE = `import type { OfficeCapabilities } from "./capabilities";

declare const caps: OfficeCapabilities;
declare const ws: Excel.Worksheet;
declare const table: Excel.Table;

export function unguarded(): void {
  ws.shapes.addLine(0, 0, 1, 1);
}
export function tooLow(): void {
  if (caps.excelApi(8)) ws.shapes.addLine(0, 0, 1, 1);
}
export function elseBranch(): void {
  if (caps.excelApi(9)) return;
  else ws.shapes.addLine(0, 0, 1, 1);
}
export function nonLiteral(v: string): void {
  if (Office.context.requirements.isSetSupported("ExcelApi", v)) ws.getRange("A1");
  if (Office.context.requirements.isSetSupported("ExcelApi", v))
    ws.shapes.addLine(0, 0, 1, 1);
}
export function guardedWays(): void {
  if (caps.excelApi(9)) ws.shapes.addLine(0, 0, 1, 1);
  if (!caps.excelApi(13)) return;
  table.resize("A1:B2");
}
export function literalSet(): void {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.9") && ws.name !== "")
    ws.shapes.addGroup([]);
  const flag = caps.excelApi(9);
  const shapes = flag ? ws.shapes : undefined;
  shapes?.addLine(0, 0, 1, 1);
  void (flag ? ws.shapes : undefined);
}
function drawn(): void {
  ws.shapes.addGeometricShape("Rectangle");
}
export function callsDrawn(): void {
  if (caps.excelApi(10)) drawn();
}
export function callsDrawnToo(): void {
  if (caps.excelApi(9) || caps.excelApi(11)) return;
  if (caps.excelApi(9)) drawn();
}
function layout(): void {
  void ws.pageLayout;
}
export function callsLayout(): void {
  if (caps.excelApi(9)) layout();
}
export function callsLayoutUnguarded(): void {
  [1].forEach(() => layout());
}
export function typo(): void {
  ws.load("name");
}
export function typoToo(): void {
  ws.load("nmae");
}
`;

/** A throwaway project with the real capabilities.ts and node_modules, one source file, a manifest. */
function fixtureProject(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-api-sets-"));
  const office = path.join(dir, "src/adapters/office");
  fs.mkdirSync(office, { recursive: true });
  fs.copyFileSync(
    path.join(ROOT, "src/adapters/office/capabilities.ts"),
    path.join(office, "capabilities.ts"),
  );
  fs.writeFileSync(path.join(office, "cases.ts"), source);
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022", "DOM"],
        strict: true,
        types: ["office-js"],
        noEmit: true,
      },
      include: ["src"],
    }),
  );
  fs.writeFileSync(
    path.join(dir, "manifest.xml"),
    `<OfficeApp><Requirements><Sets><Set Name="ExcelApi" MinVersion="1.7"/></Sets></Requirements></OfficeApp>`,
  );
  fs.writeFileSync(path.join(dir, "TESTING.md"), "# Testing\n");
  return dir;
}
