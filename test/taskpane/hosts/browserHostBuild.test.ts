import { BrowserHost } from "../../../src/taskpane/hosts/browserHost";
import { PaneError } from "../../../src/taskpane/hosts/paneError";

const LEVELS = ["Pengaturan", "Tujuan RPD", "Tujuan OPD", "Program", "Kegiatan", "Sub Kegiatan"];
const AT = new Date(2026, 10, 28, 9, 0);

describe("BrowserHost.build(choice)", () => {
  test("writes the chosen generated sheets into the open workbook and leaves the level sheets as they were", async () => {
    const host = new BrowserHost("id");
    await host.loadSample("id");
    const before = host.getState();
    const written = await host.build({
      orientation: "right",
      year: 2025,
      lang: "id",
      generatedAt: AT,
      sheets: ["diagram", "capaian"],
    });
    expect(written).toEqual(["Pohon Kinerja", "Capaian 2025"]);
    const after = host.getState();
    expect(after.version).toBe(before.version + 1);
    expect(after.data!.sheets.map((s) => s.name)).toEqual([...LEVELS, "Pohon Kinerja", "Capaian 2025"]);
    const levels = (s: typeof after) => s.data!.sheets.filter((x) => LEVELS.includes(x.name));
    expect(levels(after)).toEqual(levels(before));
  });

  test("an unknown subtree Kode is a clear pane error in both languages and writes nothing", async () => {
    const host = new BrowserHost("en");
    await host.loadSample("en");
    const version = host.getState().version;
    const failure = host.build({ orientation: "down", root: "9.9.9", lang: "en", generatedAt: AT });
    await expect(failure).rejects.toBeInstanceOf(PaneError);
    await expect(failure).rejects.toMatchObject({
      msg: {
        id: "Kode '9.9.9' tidak ditemukan di pohon kinerja.",
        en: "Kode '9.9.9' is not in the performance tree.",
      },
    });
    expect(host.getState().version).toBe(version);
  });
});
