#!/usr/bin/env node
// Offline check of manifest.xml: `xmllint --noout` when installed, then structural checks of
// our own (Microsoft's validator is a web service: `npm run validate:online`). Prints a list of
// problems and exits 1 when there is one.
//   node scripts/validate-manifest.js [manifest.xml]
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { parseXml } = require("./xml");

const ROOT = path.resolve(__dirname, "..");
const SHORT_MAX = 125;
const LONG_MAX = 250;
/** The sizes Office accepts for a bt:Image in an Icon. */
const IMAGE_SIZES = new Set(["16", "20", "24", "32", "40", "48", "64", "80"]);
const TOP_ORDER = ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"]; // prettier-ignore
const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"]; // prettier-ignore

/** Which resource list a `resid` must point into, by the element that carries it. */
function resourceKindOf(el) {
  if (el.name === "bt:Image") return "bt:Images";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(el.name)) return "bt:Urls";
  if (el.name === "Label" || el.name === "Title") return "bt:ShortStrings";
  if (el.name === "Description") return "bt:LongStrings"; // in Supertip and GetStarted alike
  return undefined;
}

/**
 * Checks a manifest's text.
 * @param {string} xml the manifest
 * @param {{ root?: string }} options root: where assets/ and src/ are (icon sizes, function names)
 * @returns {{ errors: string[], warnings: string[] }}
 */
function validateManifest(xml, options = {}) {
  const root = options.root ?? ROOT;
  const errors = [];
  const warnings = [];
  let doc;
  try {
    doc = parseXml(xml);
  } catch (err) {
    return { errors: [`not well-formed XML: ${err.message}`], warnings };
  }
  const all = [];
  walk(doc, (el) => all.push({ el }));
  const child = (el, name) => el.children.find((c) => c.name === name);
  const children = (el, name) => el.children.filter((c) => c.name === name);

  // Top level: the elements Office requires, in the order the schema wants.
  if (doc.name !== "OfficeApp") errors.push(`root element is <${doc.name}>, expected <OfficeApp>`);
  if (doc.attrs["xsi:type"] !== "TaskPaneApp")
    errors.push(`OfficeApp xsi:type is "${doc.attrs["xsi:type"]}", expected "TaskPaneApp"`);
  for (const name of REQUIRED) if (!child(doc, name)) errors.push(`<${name}> is missing`);
  const order = doc.children.map((c) => TOP_ORDER.indexOf(c.name)).filter((i) => i >= 0);
  if (order.some((v, i) => i > 0 && v < order[i - 1]))
    errors.push(`top-level elements are not in schema order (${TOP_ORDER.join(", ")})`);
  const id = child(doc, "Id")?.text.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    errors.push(`<Id> "${id}" is not a GUID`);
  const version = child(doc, "Version")?.text.trim() ?? "";
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) errors.push(`<Version> "${version}" is not n.n.n.n`);
  if (child(doc, "Permissions")?.text.trim() !== "ReadWriteDocument")
    errors.push("<Permissions> must be ReadWriteDocument");
  const hosts = children(child(doc, "Hosts") ?? { children: [] }, "Host").map((h) => h.attrs.Name);
  if (!hosts.includes("Workbook"))
    errors.push(`<Hosts> does not include Workbook (has ${hosts.join(", ") || "none"})`);
  const sets = all.filter(({ el }) => el.name === "Set").map(({ el }) => el.attrs);
  const excelApi = sets.find((s) => s.Name === "ExcelApi");
  if (!excelApi) errors.push("<Requirements> does not name the ExcelApi set");
  else if (!/^1\.\d+$/.test(excelApi.MinVersion ?? ""))
    errors.push(`ExcelApi MinVersion "${excelApi.MinVersion}" is not 1.x`);
  const defaultLocale = child(doc, "DefaultLocale")?.text.trim() ?? "";
  if (!/^[a-z]{2}-[A-Z]{2}$/.test(defaultLocale))
    errors.push(`<DefaultLocale> "${defaultLocale}" is not a locale like id-ID`);

  // Resources: unique ids, every resid resolves into the right list, every one used.
  const resources = new Map(); // id -> { kind, el }
  for (const kind of ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]) {
    for (const { el } of all.filter(({ el }) => el.name === kind)) {
      for (const item of el.children) {
        const rid = item.attrs.id;
        if (!rid) errors.push(`<${item.name}> in <${kind}> has no id`);
        else if (resources.has(rid)) errors.push(`resource id "${rid}" is defined twice`);
        else resources.set(rid, { kind, el: item });
      }
    }
  }
  const used = new Set();
  for (const { el } of all) {
    if (el.attrs.resid === undefined || el.name === "Runtime") continue;
    const rid = el.attrs.resid;
    used.add(rid);
    const res = resources.get(rid);
    const kind = resourceKindOf(el);
    if (!res) errors.push(`<${el.name} resid="${rid}"> refers to no resource`);
    else if (kind && res.kind !== kind)
      errors.push(`<${el.name} resid="${rid}"> points into <${res.kind}>, expected <${kind}>`);
  }
  for (const rid of resources.keys()) if (!used.has(rid)) warnings.push(`resource "${rid}" is never used`);

  const controlIds = all
    .filter(({ el }) => ["Group", "Control"].includes(el.name))
    .map(({ el }) => el.attrs.id);
  for (const dup of controlIds.filter((x, i) => controlIds.indexOf(x) !== i))
    errors.push(`control/group id "${dup}" is used twice`);

  // Strings: length limits, and an English override for each (SPEC §1: id by default, en too).
  const strings = [
    ...[...resources.values()]
      .filter((r) => r.kind === "bt:ShortStrings")
      .map((r) => ({ el: r.el, max: SHORT_MAX, what: `short string "${r.el.attrs.id}"` })),
    ...[...resources.values()]
      .filter((r) => r.kind === "bt:LongStrings")
      .map((r) => ({ el: r.el, max: LONG_MAX, what: `long string "${r.el.attrs.id}"` })),
    { el: child(doc, "DisplayName"), max: SHORT_MAX, what: "<DisplayName>" },
    { el: child(doc, "Description"), max: LONG_MAX, what: "<Description>" },
  ].filter((s) => s.el);
  for (const { el, max, what } of strings) {
    const values = [el.attrs.DefaultValue ?? "", ...el.children.map((o) => o.attrs.Value ?? "")];
    for (const v of values)
      if (v.length > max) errors.push(`${what} is ${v.length} characters, over ${max}: "${v.slice(0, 40)}…"`);
    if (!(el.attrs.DefaultValue ?? "").trim()) errors.push(`${what} has an empty DefaultValue`);
    if (!el.children.some((o) => /Override$/.test(o.name) && o.attrs.Locale === "en-US"))
      errors.push(`${what} has no en-US override`);
  }

  // URLs: https, on one origin; images: files that exist with the size the manifest says.
  const urls = [];
  for (const { el } of all) {
    const isUrl =
      ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(el.name) ||
      el.name === "bt:Url" ||
      (el.name === "bt:Image" && el.attrs.id);
    if (isUrl && el.attrs.DefaultValue !== undefined)
      urls.push({
        where: `<${el.name}${el.attrs.id ? ` id="${el.attrs.id}"` : ""}>`,
        url: el.attrs.DefaultValue,
      });
  }
  const origins = new Set();
  for (const { where, url } of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      errors.push(`${where} has an invalid URL "${url}"`);
      continue;
    }
    if (parsed.protocol !== "https:") errors.push(`${where} URL "${url}" is not https`);
    origins.add(parsed.origin);
  }
  if (origins.size > 1) errors.push(`URLs use more than one origin: ${[...origins].join(", ")}`);

  const pngSize = (url) => {
    const file = path.join(root, decodeURIComponent(new URL(url).pathname));
    if (!fs.existsSync(file)) return { missing: file };
    const head = fs.readFileSync(file).subarray(0, 24);
    if (head.toString("latin1", 1, 4) !== "PNG") return { notPng: file };
    return { width: head.readUInt32BE(16), height: head.readUInt32BE(20), file };
  };
  const checkImage = (where, url, expected) => {
    let info;
    try {
      info = pngSize(url);
    } catch {
      return; // an invalid URL is already reported
    }
    if (info.missing) errors.push(`${where}: ${path.relative(root, info.missing)} does not exist`);
    else if (info.notPng) errors.push(`${where}: ${path.relative(root, info.notPng)} is not a PNG`);
    else if (info.width !== expected || info.height !== expected) {
      errors.push(
        `${where}: ${path.relative(root, info.file)} is ${info.width}×${info.height}, expected ${expected}×${expected}`,
      );
    }
  };
  for (const { el } of all.filter(({ el }) => el.name === "bt:Image" && el.attrs.size !== undefined)) {
    const size = el.attrs.size;
    if (!IMAGE_SIZES.has(size))
      errors.push(
        `<bt:Image size="${size}" resid="${el.attrs.resid}">: Office accepts ${[...IMAGE_SIZES].join(", ")}`,
      );
    const res = resources.get(el.attrs.resid);
    if (res && res.kind === "bt:Images")
      checkImage(
        `<bt:Image size="${size}" resid="${el.attrs.resid}">`,
        res.el.attrs.DefaultValue,
        Number(size),
      );
  }
  const icon = child(doc, "IconUrl")?.attrs.DefaultValue;
  if (icon) checkImage("<IconUrl>", icon, 32);
  const hiRes = child(doc, "HighResolutionIconUrl")?.attrs.DefaultValue;
  if (hiRes) checkImage("<HighResolutionIconUrl>", hiRes, 64);

  // Actions: a task pane has an id and a page; a function exists in the function file's code.
  const commandsSource = path.join(root, "src", "commands", "commands.ts");
  const commandsCode = fs.existsSync(commandsSource) ? fs.readFileSync(commandsSource, "utf8") : undefined;
  for (const { el } of all.filter(({ el }) => el.name === "Action")) {
    const type = el.attrs["xsi:type"];
    if (type === "ShowTaskpane") {
      if (!child(el, "TaskpaneId")?.text.trim()) errors.push("a ShowTaskpane action has no <TaskpaneId>");
      if (!child(el, "SourceLocation")) errors.push("a ShowTaskpane action has no <SourceLocation>");
    } else if (type === "ExecuteFunction") {
      const fn = child(el, "FunctionName")?.text.trim() ?? "";
      if (!fn) errors.push("an ExecuteFunction action has no <FunctionName>");
      else if (commandsCode && !commandsCode.includes(`associate("${fn}"`)) {
        errors.push(
          `ExecuteFunction "${fn}" is not associated in src/commands/commands.ts (Office.actions.associate("${fn}", …))`,
        );
      }
    } else errors.push(`unknown action type "${type}"`);
  }
  if (
    all.some(({ el }) => el.attrs["xsi:type"] === "ExecuteFunction") &&
    !all.some(({ el }) => el.name === "FunctionFile")
  ) {
    errors.push("an ExecuteFunction button needs a <FunctionFile>");
  }
  return { errors, warnings };
}

function walk(el, visit) {
  visit(el);
  for (const c of el.children) walk(c, visit);
}

/** Runs xmllint when installed; returns its complaint, or undefined when fine or absent. */
function xmllint(file) {
  const run = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  if (run.error) return undefined; // not installed: our own parser still checks well-formedness
  return run.status === 0 ? undefined : (run.stderr || run.stdout).trim();
}

function main() {
  const file = path.resolve(process.argv[2] ?? path.join(ROOT, "manifest.xml"));
  const lint = xmllint(file);
  const { errors, warnings } = validateManifest(fs.readFileSync(file, "utf8"), { root: path.dirname(file) });
  if (lint) errors.unshift(`xmllint: ${lint}`);
  for (const w of warnings) console.warn(`warning: ${w}`);
  if (errors.length > 0) {
    console.error(`${path.relative(process.cwd(), file)}: ${errors.length} problem(s)`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  console.log(
    `${path.relative(process.cwd(), file)} is valid (offline checks; \`npm run validate:online\` asks Microsoft).`,
  );
}

if (require.main === module) main();

module.exports = { validateManifest };
