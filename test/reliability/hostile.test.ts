import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { HOSTILE } from "./hostileFiles";
import { expectClean, limited } from "./limited";

// The hostile-file corpus (issue 8 §5): each small crafted file goes through pokin build,
// import and check in a child process limited to 1 GB of heap and 10 s of CPU time. Each run must end by
// itself with exit 0, 1 or 2, no stack trace, every stderr line one `pokin: …` sentence, and
// exactly one line when it exits 2.

jest.setTimeout(600_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-hostile-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(Object.keys(HOSTILE))("hostile file: %s", (name) => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, `${name.replace(/[^a-z0-9]+/gi, "-")}.xlsx`);
    fs.writeFileSync(file, await HOSTILE[name]!());
  });

  test.each([
    ["build", (f: string) => ["build", f, "-o", `${f}.out.xlsx`]],
    ["import", (f: string) => ["import", f, "--sheet", "Tempel", "-o", `${f}.imp.xlsx`]],
    ["check", (f: string) => ["check", f]],
  ] as const)("pokin %s ends within 10 s and 1 GB with exit 0/1/2 and one-line messages", (_cmd, args) => {
    expectClean(limited(args(file)));
  });
});
