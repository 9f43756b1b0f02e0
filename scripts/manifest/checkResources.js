// Resources: unique ids, every resid resolves into the right list, every one used.
"use strict";

const KINDS = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"];

/** Which resource list a `resid` must point into, by the element that carries it. */
function resourceKindOf(el) {
  if (el.name === "bt:Image") return "bt:Images";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(el.name)) return "bt:Urls";
  if (el.name === "Label" || el.name === "Title") return "bt:ShortStrings";
  if (el.name === "Description") return "bt:LongStrings"; // in Supertip and GetStarted alike
  return undefined;
}

/**
 * Indexes the resources and checks the references to them.
 * @param {{ all: object[] }} m all the manifest's elements
 * @returns {{ resources: Map<string, { kind: string, el: object }>, errors: string[], warnings: string[] }}
 */
function checkResources({ all }) {
  const errors = [];
  const warnings = [];
  const resources = new Map();
  for (const kind of KINDS) {
    for (const el of all.filter((e) => e.name === kind)) {
      for (const item of el.children) {
        const rid = item.attrs.id;
        if (!rid) errors.push(`<${item.name}> in <${kind}> has no id`);
        else if (resources.has(rid)) errors.push(`resource id "${rid}" is defined twice`);
        else resources.set(rid, { kind, el: item });
      }
    }
  }
  const used = new Set();
  for (const el of all) {
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
  return { resources, errors, warnings };
}

module.exports = { checkResources };
