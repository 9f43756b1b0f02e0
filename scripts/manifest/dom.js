// Small helpers over the elements parseXml returns ({ name, attrs, children, text }).
"use strict";

/** The first child element of el with this name, or undefined. */
const child = (el, name) => el.children.find((c) => c.name === name);

/** Every child element of el with this name. */
const children = (el, name) => el.children.filter((c) => c.name === name);

/** Every element of the tree under (and including) el, in document order. */
function elements(el) {
  const all = [];
  const walk = (e) => {
    all.push(e);
    for (const c of e.children) walk(c);
  };
  walk(el);
  return all;
}

module.exports = { child, children, elements };
