// Ribbon: unique control ids; a task pane action has an id and a page; a function action names
// a function the function file's code associates.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { child } = require("./dom");

/**
 * Checks that no two ribbon groups or controls share an id.
 * @param {{ all: object[] }} m all the manifest's elements
 * @returns {string[]} errors
 */
function checkControlIds({ all }) {
  const controlIds = all.filter((el) => ["Group", "Control"].includes(el.name)).map((el) => el.attrs.id);
  return controlIds
    .filter((x, i) => controlIds.indexOf(x) !== i)
    .map((dup) => `control/group id "${dup}" is used twice`);
}

/**
 * Checks the ribbon's actions.
 * @param {{ all: object[], root: string }} m all the manifest's elements; root: where src/ is
 * @returns {string[]} errors
 */
function checkActions({ all, root }) {
  const errors = [];
  const commandsSource = path.join(root, "src", "commands", "commands.ts");
  const commandsCode = fs.existsSync(commandsSource) ? fs.readFileSync(commandsSource, "utf8") : undefined;
  for (const el of all.filter((e) => e.name === "Action")) {
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
    all.some((el) => el.attrs["xsi:type"] === "ExecuteFunction") &&
    !all.some((el) => el.name === "FunctionFile")
  ) {
    errors.push("an ExecuteFunction button needs a <FunctionFile>");
  }
  return errors;
}

module.exports = { checkControlIds, checkActions };
