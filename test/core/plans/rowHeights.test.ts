import {
  DEFAULT_ROW_HEIGHT,
  estimateRowHeights,
  MAX_ROW_HEIGHT,
  textHeight,
  wrappedLines,
} from "../../../src/core/plans/rowHeights";

const PERSENTASE =
  "Persentase penurunan Pemerlu Pelayanan Kesejahteraan Sosial/Penyandang Masalah Kesejahteraan Sosial";
const REHABILITASI =
  "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial";
const PERMAKANAN =
  "Jumlah orang yang mendapatkan pemenuhan kebutuhan permakanan sesuai dengan standar gizi minimal kewenangan Kabupaten/Kota";

describe("wrappedLines", () => {
  // Line counts LibreOffice printed for the sample's texts in the Capaian (11 pt) and Cascading
  // (10 pt) columns: the estimate must never be below them and at most one line above.
  test.each([
    ["Nilai SAKIP", 40, 11, 1],
    ["Meningkatnya cakupan pemenuhan kebutuhan dan layanan dasar yang berkualitas", 40, 11, 2],
    [
      "Meningkatnya kesadaran masyarakat terhadap nilai-nilai kehidupan bermasyarakat dan berdemokrasi",
      40,
      11,
      3,
    ],
    [PERSENTASE, 44, 11, 3],
    ["Rasio kekerasan terhadap perempuan, termasuk TPPO (per 100.000 penduduk perempuan)", 44, 11, 2],
    [PERMAKANAN, 20, 10, 6],
    [REHABILITASI, 17, 10, 8],
  ])(
    "%s in a column %d wide at %d pt takes the %d lines LibreOffice printed, or one more",
    (text, width, size, printed) => {
      const lines = wrappedLines(text, width, size);
      expect(lines).toBeGreaterThanOrEqual(printed);
      expect(lines).toBeLessThanOrEqual(printed + 1);
    },
  );

  test.each([
    ["an empty text", "", 1],
    ["a short text", "Orang", 1],
    ["each line break", "Satu\nDua\r\nTiga", 3],
    ["a blank paragraph", "Satu\n\nTiga", 3],
  ])("%s counts as its paragraphs: %s → %d", (_, text, lines) => {
    expect(wrappedLines(text, 20)).toBe(lines);
  });

  test("a word longer than a line is broken over as many lines as it needs", () => {
    const one = wrappedLines("x", 10);
    const capacity = [...Array(200).keys()].find((n) => wrappedLines("x".repeat(n + 1), 10) > one)!;
    expect(wrappedLines("x".repeat(capacity * 3), 10)).toBe(3);
    expect(wrappedLines("x".repeat(capacity * 3 + 1), 10)).toBe(4);
  });

  test("a wider column, a smaller font or regular weight never needs more lines", () => {
    for (const text of [PERSENTASE, REHABILITASI, PERMAKANAN]) {
      const lines = [10, 20, 40, 80].map((w) => wrappedLines(text, w));
      expect([...lines].sort((a, b) => b - a)).toEqual(lines);
      expect(wrappedLines(text, 20, 9)).toBeLessThanOrEqual(wrappedLines(text, 20, 11));
      expect(wrappedLines(text, 20, 11)).toBeLessThanOrEqual(wrappedLines(text, 20, 11, true));
    }
  });
});

describe("textHeight", () => {
  test("one line at 11 pt is Excel's default row, and each further line adds the same pitch", () => {
    const pitch = textHeight(2) - textHeight(1);
    expect(textHeight(1)).toBe(DEFAULT_ROW_HEIGHT);
    expect(pitch).toBeGreaterThanOrEqual(11 * 1.16); // LibreOffice's pitch for 11 pt
    expect(textHeight(5) - textHeight(4)).toBeCloseTo(pitch);
  });
});

describe("estimateRowHeights", () => {
  const widths = [10, 40, 20];

  test("rows whose texts fit one line keep the default height (no entry)", () => {
    expect(estimateRowHeights([{ row: 3, col: 1, text: "Nilai SAKIP" }], widths)).toEqual([]);
  });

  test("a long text makes its row as tall as its lines, and the tallest cell of a row wins", () => {
    const heights = estimateRowHeights(
      [
        { row: 2, col: 1, text: PERSENTASE },
        { row: 2, col: 2, text: PERSENTASE },
        { row: 4, col: 2, text: "Orang" },
      ],
      widths,
    );
    const narrow = wrappedLines(PERSENTASE, 20);
    expect(narrow).toBeGreaterThan(wrappedLines(PERSENTASE, 40));
    expect(heights).toEqual([{ row: 2, height: Math.ceil(textHeight(narrow) * 4) / 4 }]);
  });

  test("a cell merged over rows spreads what its rows lack evenly over them", () => {
    const needed = textHeight(wrappedLines(REHABILITASI, 10));
    expect(needed).toBeGreaterThan(3 * DEFAULT_ROW_HEIGHT);
    const heights = estimateRowHeights([{ row: 5, col: 0, rows: 3, text: REHABILITASI }], widths);
    const share = Math.ceil((DEFAULT_ROW_HEIGHT + (needed - 3 * DEFAULT_ROW_HEIGHT) / 3) * 4) / 4;
    expect(heights).toEqual([5, 6, 7].map((row) => ({ row, height: share })));
  });

  test("a merged cell adds nothing when its rows are already tall enough from their own cells", () => {
    const own = [0, 1, 2].map((i) => ({ row: 5 + i, col: 1, text: `${PERSENTASE} ${PERSENTASE}` }));
    const alone = estimateRowHeights(own, widths);
    expect(alone).toHaveLength(3);
    expect(
      estimateRowHeights([...own, { row: 5, col: 0, rows: 3, text: "Program Rehabilitasi" }], widths),
    ).toEqual(alone);
  });

  test("a parent merged over its child's rows only adds what the child's merge left short", () => {
    const child = { row: 0, col: 1, rows: 2, text: `${REHABILITASI} ${REHABILITASI}` };
    const parent = { row: 0, col: 0, rows: 4, text: REHABILITASI };
    const heights = estimateRowHeights([parent, child], widths);
    const total = (h: { height: number }[]) => h.reduce((n, x) => n + x.height, 0);
    const rows01 = heights.filter((h) => h.row < 2);
    // The child's text fits its two rows; all four rows together fit the parent's text.
    expect(total(rows01)).toBeGreaterThanOrEqual(textHeight(wrappedLines(child.text, 40)));
    const all = total(heights) + (4 - heights.length) * DEFAULT_ROW_HEIGHT;
    expect(all).toBeGreaterThanOrEqual(textHeight(wrappedLines(parent.text, 10)));
  });

  test("a cell merged across columns wraps in their summed width", () => {
    const across = estimateRowHeights([{ row: 1, col: 0, cols: 3, text: PERSENTASE }], widths);
    const wrapped = wrappedLines(PERSENTASE, 70);
    expect(across).toEqual(wrapped > 1 ? [{ row: 1, height: Math.ceil(textHeight(wrapped) * 4) / 4 }] : []);
  });

  test("blank texts are ignored and no row goes below the default or above Excel's maximum", () => {
    const heights = estimateRowHeights(
      [
        { row: 0, col: 0, text: "   " },
        { row: 1, col: 0, text: "kata ".repeat(2000) },
        { row: 2, col: 1, text: "x", fontSize: 6 },
      ],
      widths,
    );
    expect(heights).toEqual([{ row: 1, height: MAX_ROW_HEIGHT }]);
  });

  test("heights are estimated for a 10-pt font with its own line pitch", () => {
    const lines = wrappedLines(PERMAKANAN, 20, 10);
    expect(estimateRowHeights([{ row: 0, col: 2, text: PERMAKANAN, fontSize: 10 }], widths)).toEqual([
      { row: 0, height: Math.ceil(textHeight(lines, 10) * 4) / 4 },
    ]);
    expect(textHeight(lines, 10)).toBeLessThan(textHeight(lines, 11));
  });
});
