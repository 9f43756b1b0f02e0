import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildModel } from "../../../src/core/model/buildModel";
import { diagramSvg } from "../../../src/core/svg/diagramSvg";
import { escapeXml } from "../../../src/core/svg/escapeXml";
import { treeModel, treeWorkbook } from "../layout/treeWorkbook";

const AT = new Date(2025, 0, 31, 9, 5);
const HOSTILE = `<script>alert("x")</script> & 'kutip' "ganda"`;

function hostileSvg(): string {
  const wb = treeWorkbook((levels) => {
    levels[0]![0] = { ...levels[0]![0]!, uraian: HOSTILE, indikator: '=HYPERLINK("evil")' };
    levels[1]![0] = { ...levels[1]![0]!, uraian: "@SUM(A1) -1 +2" };
  });
  return diagramSvg(buildModel(wb, { now: AT }), { orientation: "down", lang: "id", generatedAt: AT });
}

describe("diagramSvg", () => {
  test("escapeXml escapes &, <, >, both quotes, and drops control characters", () => {
    expect(escapeXml(`a&b<c>d"e'f\u0001g`)).toBe("a&amp;b&lt;c&gt;d&quot;e&#39;f" + "g");
  });

  test("diagramSvg escapes <script>, & and quotes in a Uraian: no tag or entity comes from workbook text", () => {
    const svg = hostileSvg();
    expect(svg).not.toContain("<script");
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(svg).toContain("&amp;");
    expect(svg).toContain("&#39;kutip&#39;");
  });

  test("diagramSvg keeps formula-like statements as literal text", () => {
    const svg = hostileSvg();
    expect(svg).toContain("@SUM(A1) -1 +2");
    expect(svg).toContain("=HYPERLINK(&quot;evil&quot;)");
  });

  test("diagramSvg draws one group per box and one connector per link, the same text for the same input", () => {
    const options = { orientation: "right", lang: "en", generatedAt: AT } as const;
    const svg = diagramSvg(treeModel(), options);
    expect(svg.match(/<g data-kode=/g)?.length).toBe(6);
    expect(svg.match(/<path d=/g)?.length).toBe(4);
    expect(diagramSvg(treeModel(), options)).toBe(svg);
  });

  const xmllint = (() => {
    try {
      execFileSync("xmllint", ["--version"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  if (!xmllint) console.log("[diagramSvg] xmllint not found: skipping the well-formedness check");
  (xmllint ? test : test.skip)("diagramSvg of hostile text is well-formed XML (xmllint)", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pokin-svg-")), "d.svg");
    fs.writeFileSync(file, hostileSvg());
    expect(() => execFileSync("xmllint", ["--noout", file], { stdio: "pipe" })).not.toThrow();
  });
});
