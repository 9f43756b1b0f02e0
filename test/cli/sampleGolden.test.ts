import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { captureIo } from "./cliFiles";

const GOLDEN = path.resolve(__dirname, "../fixtures/banjarnegara.findings.json");

/**
 * The golden findings of the Banjarnegara sample, through the whole chain a user runs:
 * `pokin init --sample` writes a real .xlsx, `pokin check --format json` reads it back.
 * Regenerate with UPDATE_GOLDEN=1 after a deliberate change, and read the diff.
 */
describe("pokin check --format json on `pokin init --sample`", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-golden-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("gives exactly the golden findings: the missing targets and the childless indicators", async () => {
    const file = path.join(dir, "contoh.xlsx");
    expect(await main(["init", file, "--sample"], captureIo().io)).toBe(0);
    const run = captureIo();
    expect(await main(["check", file, "--format", "json"], run.io)).toBe(1);
    const findings = JSON.parse(run.out()) as { rule: string }[];
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, `${JSON.stringify(findings, null, 1)}\n`);
    expect(findings).toEqual(JSON.parse(fs.readFileSync(GOLDEN, "utf8")));
    // What the golden file says, in words: only missing targets (errors) and childless
    // indicators (warnings) — the document has no targets and is cut off after OPD indicator 4.
    expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual(["POKIN008", "POKIN011"]);
  });
});
