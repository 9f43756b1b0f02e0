// The manifest check's XML reader: fast-xml-parser (its validator for well-formedness, with the
// line of the first problem; its parser for the tree) turned into plain elements
// { name, attrs, children, text } that the checks in scripts/manifest/ walk.
"use strict";
const { XMLParser, XMLValidator } = require("fast-xml-parser");

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true, // numeric character references (&#65;) as well as &amp; and friends
});

/**
 * Parses an XML document into { name, attrs, children, text } elements.
 * @param {string} xml
 * @returns {{ name: string, attrs: Record<string, string>, children: object[], text: string }}
 * @throws Error "line N: …" when the text is not well-formed, or holds more than one root
 */
function parseXml(xml) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`line ${valid.err.line}: ${valid.err.msg}`);
  const roots = parser.parse(xml).flatMap(toElement);
  if (roots.length === 0) throw new Error("line 1: no root element");
  if (roots.length > 1) throw new Error(`a second root element <${roots[1].name}>`);
  return roots[0];
}

/** One node of fast-xml-parser's ordered output as an element, or [] for text, comments, `<?…?>`. */
function toElement(node) {
  const name = Object.keys(node).find((k) => k !== ":@");
  if (name === undefined || name === "#text" || name.startsWith("?") || name.startsWith("#")) return [];
  const inner = node[name];
  return [
    {
      name,
      attrs: { ...node[":@"] },
      children: inner.flatMap(toElement),
      text: inner.map((n) => (n["#text"] === undefined ? "" : String(n["#text"]))).join(""),
    },
  ];
}

module.exports = { parseXml };
