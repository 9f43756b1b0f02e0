// A tiny XML reader for the manifest check: elements, attributes, text, comments, the XML
// declaration. It rejects what is not well-formed (unclosed or mismatched tags, unquoted or
// repeated attributes, stray "<" or "&") with the line number. No DTDs, no CDATA: a manifest
// has neither.
"use strict";

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const NAME = /[A-Za-z_][\w.:-]*/y;

/**
 * Parses an XML document into { name, attrs, children, text } elements.
 * @param {string} xml
 * @returns {{ name: string, attrs: Record<string, string>, children: object[], text: string }}
 * @throws Error "line N: …" when the text is not well-formed
 */
function parseXml(xml) {
  let pos = 0;
  const stack = [];
  let root;
  const fail = (msg) => {
    const line = xml.slice(0, pos).split("\n").length;
    throw new Error(`line ${line}: ${msg}`);
  };
  const decode = (text) =>
    text.replace(/&([^;&\s]*);?/g, (all, name) => {
      if (!all.endsWith(";")) fail(`"&" must start an entity such as &amp;`);
      if (name in ENTITIES) return ENTITIES[name];
      const m = /^#(x[0-9a-f]+|\d+)$/i.exec(name);
      if (!m) fail(`unknown entity &${name};`);
      return String.fromCodePoint(m[1][0].toLowerCase() === "x" ? parseInt(m[1].slice(1), 16) : Number(m[1]));
    });
  const readName = () => {
    NAME.lastIndex = pos;
    const m = NAME.exec(xml);
    if (!m) fail("a name was expected");
    pos += m[0].length;
    return m[0];
  };
  const skipSpace = () => {
    while (pos < xml.length && /\s/.test(xml[pos])) pos++;
  };

  if (xml.charCodeAt(0) === 0xfeff) pos = 1;
  if (xml.startsWith("<?xml", pos)) {
    const end = xml.indexOf("?>", pos);
    if (end < 0) fail("the XML declaration is not closed");
    pos = end + 2;
  }
  while (pos < xml.length) {
    const lt = xml.indexOf("<", pos);
    const text = xml.slice(pos, lt < 0 ? xml.length : lt);
    if (/\S/.test(text)) {
      if (stack.length === 0) fail("text outside the root element");
      stack[stack.length - 1].text += decode(text);
    }
    if (lt < 0) break;
    pos = lt;
    if (xml.startsWith("<!--", pos)) {
      const end = xml.indexOf("-->", pos + 4);
      if (end < 0) fail("a comment is not closed");
      pos = end + 3;
    } else if (xml.startsWith("<!", pos) || xml.startsWith("<?", pos)) {
      fail("DTDs, CDATA and processing instructions are not expected in a manifest");
    } else if (xml.startsWith("</", pos)) {
      pos += 2;
      const name = readName();
      skipSpace();
      if (xml[pos] !== ">") fail(`</${name} is not closed`);
      pos++;
      const open = stack.pop();
      if (!open) fail(`</${name}> closes nothing`);
      if (open.name !== name) fail(`</${name}> closes <${open.name}>`);
    } else {
      pos++;
      const el = { name: readName(), attrs: {}, children: [], text: "" };
      for (;;) {
        const before = pos;
        skipSpace();
        if (xml.startsWith("/>", pos) || xml[pos] === ">") break;
        if (pos === before) fail(`attributes of <${el.name}> must be separated by spaces`);
        const attr = readName();
        skipSpace();
        if (xml[pos] !== "=") fail(`attribute ${attr} of <${el.name}> has no value`);
        pos++;
        skipSpace();
        const quote = xml[pos];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attr} of <${el.name}> is not quoted`);
        const end = xml.indexOf(quote, pos + 1);
        if (end < 0) fail(`attribute ${attr} of <${el.name}> is not closed`);
        const raw = xml.slice(pos + 1, end);
        if (raw.includes("<")) fail(`"<" inside attribute ${attr} of <${el.name}>`);
        if (attr in el.attrs) fail(`attribute ${attr} repeated on <${el.name}>`);
        el.attrs[attr] = decode(raw);
        pos = end + 1;
      }
      const selfClosing = xml.startsWith("/>", pos);
      pos += selfClosing ? 2 : 1;
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else if (root) fail(`a second root element <${el.name}>`);
      else root = el;
      if (!selfClosing) stack.push(el);
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) fail("no root element");
  return root;
}

module.exports = { parseXml };
