/** Excel's error values, as Office.js and our adapters report them. */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
]);

/**
 * True when a cell value is an Excel error value (`#REF!`, `#N/A`, …).
 * @example isErrorValue("#REF!") // true; isErrorValue("REF") // false
 */
export function isErrorValue(value: unknown): boolean {
  // Every error value has a '#': most strings are ruled out without a copy.
  return (
    typeof value === "string" &&
    value.length <= 12 &&
    value.includes("#") &&
    ERROR_VALUES.has(value.trim().toUpperCase())
  );
}
