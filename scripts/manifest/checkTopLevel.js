// Top level of the manifest: the elements Office requires, in the order the schema wants, and
// the values they must hold.
"use strict";
const { child, children } = require("./dom");

const TOP_ORDER = ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"]; // prettier-ignore
const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"]; // prettier-ignore

/**
 * Checks the root element and its direct children.
 * @param {{ doc: object, all: object[] }} m the parsed manifest and all its elements
 * @returns {string[]} errors
 */
function checkTopLevel({ doc, all }) {
  const errors = [];
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
  const sets = all.filter((el) => el.name === "Set").map((el) => el.attrs);
  const excelApi = sets.find((s) => s.Name === "ExcelApi");
  if (!excelApi) errors.push("<Requirements> does not name the ExcelApi set");
  else if (!/^1\.\d+$/.test(excelApi.MinVersion ?? ""))
    errors.push(`ExcelApi MinVersion "${excelApi.MinVersion}" is not 1.x`);
  const defaultLocale = child(doc, "DefaultLocale")?.text.trim() ?? "";
  if (!/^[a-z]{2}-[A-Z]{2}$/.test(defaultLocale))
    errors.push(`<DefaultLocale> "${defaultLocale}" is not a locale like id-ID`);
  return errors;
}

module.exports = { checkTopLevel };
