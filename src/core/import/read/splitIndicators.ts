import { cleanText } from "../../text";

/**
 * Splits a cell holding several indicators into one text each: `1. … 2. …` (numbered from 1,
 * in order), `;`-separated (unless the next part goes on with `serta`, `dan` …), or one bulleted
 * line each. A single indicator comes back alone. Commas never split: they occur inside names.
 * @example splitIndicators("1. Nilai LHE AKIP 2. Indeks Kepuasan Masyarakat") // ["Nilai LHE AKIP", "Indeks Kepuasan Masyarakat"]
 */
export function splitIndicators(text: string): string[] {
  const raw = text.replace(/\r/g, "");
  if (cleanText(raw) === "") return [];
  if (raw.includes(";")) {
    const parts = clean(raw.split(";"));
    // "…; serta …" continues one sentence (PDF-extracted text): not a second indicator.
    if (!parts.slice(1).some((p) => /^(serta|dan|atau|yang|untuk|dengan)\b/i.test(p))) return parts;
    return [cleanText(raw)];
  }
  const numbered = splitNumbered(raw);
  if (numbered) return numbered;
  const lines = raw.split("\n").filter((l) => cleanText(l) !== "");
  if (lines.length >= 2 && lines.every((l) => /^\s*([-•*]|\d{1,2}[.)])\s+/.test(l))) {
    return clean(lines.map((l) => l.replace(/^\s*([-•*]|\d{1,2}[.)])\s+/, "")));
  }
  return [cleanText(raw)];
}

function splitNumbered(text: string): string[] | undefined {
  const marker = /(^|\s)(\d{1,2})[.)]\s+/g;
  const starts: { at: number; end: number; n: number }[] = [];
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    const n = Number(m[2]);
    if (n === starts.length + 1) starts.push({ at: m.index + m[1]!.length, end: m.index + m[0].length, n });
  }
  if (starts.length < 2 || cleanText(text.slice(0, starts[0]!.at)) !== "") return undefined;
  return clean(starts.map((s, i) => text.slice(s.end, starts[i + 1]?.at ?? text.length)));
}

function clean(parts: readonly string[]): string[] {
  return parts.map(cleanText).filter((p) => p !== "");
}
