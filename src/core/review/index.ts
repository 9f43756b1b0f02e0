export {
  readNotes,
  ruleId,
  NOTE_HEADERS,
  type ReviewNote,
  type ReviewNotes,
  type NoteStatus,
} from "./readNotes";
export { applyNotes, type ApplyNotesOptions, type ReviewedFindings } from "./applyNotes";
export { noteFinding, NOTE_RULES } from "./noteFinding";
export { reviewedCheck, failsCheck } from "./reviewedCheck";
export { reviewSheetPlan } from "./reviewSheetPlan";
