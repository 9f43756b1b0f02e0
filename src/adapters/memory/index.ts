export { MemoryWorkbook } from "./MemoryWorkbook";
export { MemorySheet, type CellStyle, type Edge } from "./MemorySheet";
