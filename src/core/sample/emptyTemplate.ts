import type { TreeContent } from "../model/content";
import { DEFAULT_LEVELS } from "../model/settings";

/**
 * The structure of a new, empty workbook (SPEC §3, task pane "Templat"): the five default levels
 * without rows, and a Pengaturan table whose keys the planner fills in. The period is a
 * five-year plan starting 2025 (the RPJMD/Renstra cycle after the 2024 elections); the planner
 * changes it in Pengaturan.
 * @example EMPTY_TEMPLATE.levels.map((l) => l.name) // ["Tujuan RPD", "Tujuan OPD", "Program", "Kegiatan", "Sub Kegiatan"]
 */
export const EMPTY_TEMPLATE: TreeContent = {
  settings: [
    // Empty values keep the keys visible, so the planner sees what to fill in.
    ["Pemerintah Daerah", ""],
    ["Perangkat Daerah", ""],
    ["Tahun Awal", 2025],
    ["Tahun Akhir", 2029],
    ["Rumus Negatif", "Standar"],
  ],
  levels: DEFAULT_LEVELS.map((name) => ({ name, rows: [] })),
};
