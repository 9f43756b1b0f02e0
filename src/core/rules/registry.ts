import { pokin001 } from "./pokin001-missing-sheet";
import { pokin002 } from "./pokin002-missing-column";
import { pokin003 } from "./pokin003-row-without-kode";
import { pokin004 } from "./pokin004-duplicate-kode";
import { pokin005 } from "./pokin005-empty-kode-induk";
import { pokin006 } from "./pokin006-unknown-kode-induk";
import { pokin007 } from "./pokin007-parent-not-level-above";
import { pokin008 } from "./pokin008-no-child";
import { pokin009 } from "./pokin009-empty-indikator";
import { pokin010 } from "./pokin010-empty-satuan";
import { pokin011 } from "./pokin011-missing-target";
import { pokin012 } from "./pokin012-not-a-number";
import { pokin013 } from "./pokin013-number-as-text";
import { pokin014 } from "./pokin014-percent-out-of-range";
import { pokin015 } from "./pokin015-negative-target";
import { pokin016 } from "./pokin016-targets-against-polarity";
import { pokin017 } from "./pokin017-realisasi-without-target";
import { pokin018 } from "./pokin018-unknown-polaritas";
import { pokin019 } from "./pokin019-duplicate-indikator";
import { pokin020 } from "./pokin020-nomenklatur-prefix";
import { pokin021 } from "./pokin021-stray-characters";
import { pokin022 } from "./pokin022-invalid-settings";
import { pokin023 } from "./pokin023-error-value";
import { pokin024 } from "./pokin024-nomenklatur-reference";
import { pokin025 } from "./pokin025-empty-uraian";
import { pokin026 } from "./pokin026-realisasi-against-quarters";
import { pokin027 } from "./pokin027-wording-against-satuan";
import { pokin028 } from "./pokin028-output-at-outcome-level";
import { pokin029 } from "./pokin029-nomenklatur-parts";
import { pokin030 } from "./pokin030-nomenklatur-names";
import { pokin031 } from "./pokin031-capaian-not-computable";
import type { Rule } from "./types";

/** Every rule of SPEC §7, in id order. */
export const RULES: readonly Rule[] = [
  pokin001,
  pokin002,
  pokin003,
  pokin004,
  pokin005,
  pokin006,
  pokin007,
  pokin008,
  pokin009,
  pokin010,
  pokin011,
  pokin012,
  pokin013,
  pokin014,
  pokin015,
  pokin016,
  pokin017,
  pokin018,
  pokin019,
  pokin020,
  pokin021,
  pokin022,
  pokin023,
  pokin024,
  pokin025,
  pokin026,
  pokin027,
  pokin028,
  pokin029,
  pokin030,
  pokin031,
];
