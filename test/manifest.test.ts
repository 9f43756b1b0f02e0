import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is plain CommonJS, run by npm too
const { validateManifest } = require("../scripts/validate-manifest.js") as {
  validateManifest: (xml: string, options?: { root?: string }) => { errors: string[]; warnings: string[] };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- same
const { parseXml } = require("../scripts/xml.js") as { parseXml: (xml: string) => unknown };

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const check = (xml: string) => validateManifest(xml, { root: ROOT });

/** The manifest with one exact piece of text replaced (the piece must be there). */
function broken(from: string, to: string): string {
  expect(MANIFEST).toContain(from);
  return MANIFEST.replace(from, to);
}

describe("manifest.xml", () => {
  test("validateManifest(manifest.xml) finds no problem and no unused resource", () => {
    expect(check(MANIFEST)).toEqual({ errors: [], warnings: [] });
  });

  test("it declares the Workbook host, ExcelApi 1.7, the Home-tab group with Panel and Periksa", () => {
    expect(MANIFEST).toMatch(/<Host Name="Workbook"\/>/);
    expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
    expect(MANIFEST).toMatch(/<OfficeTab id="TabHome">/);
    expect(MANIFEST).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(MANIFEST).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>periksa<\/FunctionName>/);
  });

  test.each([
    [
      "a resid that resolves to nothing",
      ['resid="Pokin.Periksa.Label"/>', 'resid="Pokin.Periksa.Labl"/>'],
      /resid="Pokin.Periksa.Labl"> refers to no resource/,
    ],
    [
      "a resid into the wrong list",
      ['<Label resid="Pokin.Group.Label"/>', '<Label resid="Pokin.Panel.Tooltip"/>'],
      /points into <bt:LongStrings>, expected <bt:ShortStrings>/,
    ],
    [
      "an icon whose file has another size",
      [
        '<bt:Image size="80" resid="Pokin.Icon.80"/>\n                </Icon>\n                <Control xsi:type="Button" id="Pokin.PanelButton">',
        '<bt:Image size="80" resid="Pokin.Icon.32"/>\n                </Icon>\n                <Control xsi:type="Button" id="Pokin.PanelButton">',
      ],
      /assets\/icon-32.png is 32×32, expected 80×80/,
    ],
    [
      "an image size Office does not accept",
      [
        'size="16" resid="Pokin.Icon.16"/>\n                  <bt:Image size="32" resid="Pokin.Icon.32"/>\n                  <bt:Image size="80" resid="Pokin.Icon.80"/>\n                </Icon>\n                <Control',
        'size="17" resid="Pokin.Icon.16"/>\n                  <bt:Image size="32" resid="Pokin.Icon.32"/>\n                  <bt:Image size="80" resid="Pokin.Icon.80"/>\n                </Icon>\n                <Control',
      ],
      /size="17".*Office accepts/,
    ],
    [
      "a missing icon file",
      ["assets/icon-80.png", "assets/icon-81.png"],
      /assets\/icon-81.png does not exist/,
    ],
    [
      "an http URL",
      ['"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"'],
      /is not https/,
    ],
    [
      "a second origin",
      ['"https://localhost:3000/commands.html"', '"https://example.org/commands.html"'],
      /more than one origin/,
    ],
    [
      "a short string over 125 characters",
      ['DefaultValue="Pohon Kinerja"', `DefaultValue="${"x".repeat(126)}"`],
      /short string "Pokin.Group.Label" is 126 characters, over 125/,
    ],
    [
      "a string without an English override",
      ['\n          <bt:Override Locale="en-US" Value="Check"/>', ""],
      /short string "Pokin.Periksa.Label" has no en-US override/,
    ],
    [
      "a duplicated control id",
      ['id="Pokin.PeriksaButton"', 'id="Pokin.PanelButton"'],
      /control\/group id "Pokin.PanelButton" is used twice/,
    ],
    [
      "a function the function file does not associate",
      ["<FunctionName>periksa</FunctionName>", "<FunctionName>check</FunctionName>"],
      /ExecuteFunction "check" is not associated/,
    ],
    [
      "a missing required element",
      ["<Permissions>ReadWriteDocument</Permissions>", ""],
      /<Permissions> is missing/,
    ],
    ["an Id that is not a GUID", ["<Id>4a63f261-", "<Id>pokin-"], /is not a GUID/],
    [
      "a tag that is not closed",
      ["</Supertip>", ""],
      /not well-formed XML: line \d+: Expected closing tag 'Supertip' .* instead of closing tag 'Control'/,
    ],
  ])("a manifest with %s fails with a readable problem", (_what, [from, to], problem) => {
    const { errors } = check(broken(from!, to!));
    expect(errors).toContainEqual(expect.stringMatching(problem));
  });

  test("npm run validate's script exits 1 with a list on a broken copy, 0 on the real one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-manifest-"));
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, broken('resid="Pokin.Periksa.Label"/>', 'resid="Nope"/>'));
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/validate-manifest.js"), file], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/problem\(s\)\n {2}- <Label resid="Nope"> refers to no resource/);
    const ok = execFileSync(process.execPath, [path.join(ROOT, "scripts/validate-manifest.js")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(ok).toMatch(/manifest.xml is valid/);
  });
});

describe("parseXml (the validator's reader: fast-xml-parser's elements as plain objects)", () => {
  test("parseXml reads elements, attributes with entities, and text", () => {
    expect(parseXml(`<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b y='&#65;'/>t&lt;</a>`)).toEqual({
      name: "a",
      attrs: { x: "1 & 2" },
      text: "t<",
      children: [{ name: "b", attrs: { y: "A" }, children: [], text: "" }],
    });
  });

  test.each([
    ["<a><b></a>", /^line 1: Expected closing tag 'b' .* instead of closing tag 'a'/],
    ["<a x=1/>", /^line 1: Attribute 'x' is without value/],
    ['<a x="1" x="2"/>', /^line 1: Attribute 'x' is repeated/],
    ["<a>\n&</a>", /^line 2: char '&' is not expected/],
    ["<a/><b/>", /second root element <b>/],
    ["<a>", /^line 1: Unclosed tag 'a'/],
  ])("parseXml(%s) is refused", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});
