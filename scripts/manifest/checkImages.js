// Images: files that exist under the root, PNGs of the size the manifest says.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { child } = require("./dom");

/** The sizes Office accepts for a bt:Image in an Icon. */
const IMAGE_SIZES = new Set(["16", "20", "24", "32", "40", "48", "64", "80"]);

/** Where a URL's path lands under root, and the PNG's size read from its header. */
function pngSize(root, url) {
  const file = path.join(root, decodeURIComponent(new URL(url).pathname));
  if (!fs.existsSync(file)) return { missing: file };
  const head = fs.readFileSync(file).subarray(0, 24);
  if (head.toString("latin1", 1, 4) !== "PNG") return { notPng: file };
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20), file };
}

/**
 * Checks the icon images and <IconUrl>/<HighResolutionIconUrl> against the files in root.
 * @param {{ doc: object, all: object[], root: string, resources: Map<string, { kind: string, el: object }> }} m
 * @returns {string[]} errors
 */
function checkImages({ doc, all, root, resources }) {
  const errors = [];
  const checkImage = (where, url, expected) => {
    let info;
    try {
      info = pngSize(root, url);
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
  for (const el of all.filter((e) => e.name === "bt:Image" && e.attrs.size !== undefined)) {
    const size = el.attrs.size;
    const where = `<bt:Image size="${size}" resid="${el.attrs.resid}">`;
    if (!IMAGE_SIZES.has(size)) errors.push(`${where}: Office accepts ${[...IMAGE_SIZES].join(", ")}`);
    const res = resources.get(el.attrs.resid);
    if (res && res.kind === "bt:Images") checkImage(where, res.el.attrs.DefaultValue, Number(size));
  }
  const icon = child(doc, "IconUrl")?.attrs.DefaultValue;
  if (icon) checkImage("<IconUrl>", icon, 32);
  const hiRes = child(doc, "HighResolutionIconUrl")?.attrs.DefaultValue;
  if (hiRes) checkImage("<HighResolutionIconUrl>", hiRes, 64);
  return errors;
}

module.exports = { checkImages };
