// Strings: length limits, and an English override for each (SPEC §1: id by default, en too).
"use strict";
const { child } = require("./dom");

const SHORT_MAX = 125;
const LONG_MAX = 250;

/**
 * Checks the short and long strings, <DisplayName> and <Description>.
 * @param {{ doc: object, resources: Map<string, { kind: string, el: object }> }} m
 * @returns {string[]} errors
 */
function checkStrings({ doc, resources }) {
  const errors = [];
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
  return errors;
}

module.exports = { checkStrings };
