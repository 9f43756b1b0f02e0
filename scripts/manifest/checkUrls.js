// URLs: https, all on one origin.
"use strict";

const URL_ELEMENTS = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Url"];

/**
 * Checks every URL the manifest gives in a DefaultValue.
 * @param {{ all: object[] }} m all the manifest's elements
 * @returns {string[]} errors
 */
function checkUrls({ all }) {
  const errors = [];
  const urls = [];
  for (const el of all) {
    const isUrl = URL_ELEMENTS.includes(el.name) || (el.name === "bt:Image" && el.attrs.id);
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
  return errors;
}

module.exports = { checkUrls };
