/**
 * English header words and their Indonesian equivalents, longest phrases first. Only words that
 * are not also Indonesian header words are listed (`Program`, `Target`, `Baseline`, `Unit` are
 * read as they are), so an Indonesian header never changes.
 */
const WORDS: readonly (readonly [RegExp, string])[] = [
  [
    /\b(responsible|in charge|accountable|implementing)( (unit|agency|office|department|person))?\b/g,
    "penanggung jawab",
  ],
  [/\bparent (code|id)\b/g, "kode induk"],
  [/\b(key )?performance indicators?\b|\bindicators?\b|\bkpis?\b|\bmeasures?\b/g, "indikator"],
  [/\bsub[- ]?activit(y|ies)\b/g, "sub kegiatan"],
  [/\bactivit(y|ies)\b/g, "kegiatan"],
  [/\bprogrammes?\b|\bprograms\b/g, "program"],
  [/\b(strategic )?objectives?\b/g, "sasaran"],
  [/\bgoals?\b/g, "tujuan"],
  [/\bvision\b/g, "visi"],
  [/\bmission\b/g, "misi"],
  [/\b(unit of measure(ment)?|uom)\b/g, "satuan"],
  [/\b(initial|starting|base) (condition|value|year)\b/g, "kondisi awal"],
  [/\b(final condition|end of (the )?period)\b/g, "kondisi akhir"],
  [/\b(realis|realiz)ation\b|\bactuals?\b/g, "realisasi"],
  [/\bquarter\b/g, "triwulan"],
  [/\b(budget|funding|cost|amount)\b/g, "anggaran"],
  [/\b(remarks?|notes?|comments?)\b/g, "keterangan"],
  [/\bpolarity\b/g, "polaritas"],
  [/\blocation\b/g, "lokasi"],
  [/\b(description|statement)\b/g, "uraian"],
  [/\bcode\b/g, "kode"],
  [/\bnumber\b/g, "no"],
  [/\byear\b/g, "tahun"],
];

/**
 * A header part in the Indonesian words the classifier knows, English words translated and put
 * in Indonesian order (`program indicator` → `indikator program`).
 * @param part a header part, already lower-cased (nameKey)
 * @returns the part, unchanged when it has no English header word
 * @example fromEnglish("goal indicator") // "indikator tujuan"
 */
export function fromEnglish(part: string): string {
  let out = part;
  for (const [re, id] of WORDS) out = out.replace(re, id);
  if (out === part) return part;
  // English puts the head noun last: "Goal Indicator", "Responsible Unit".
  const m = /^(.+?) (indikator|penanggung jawab|satuan)$/.exec(out);
  return m ? `${m[2]} ${m[1]}` : out;
}
