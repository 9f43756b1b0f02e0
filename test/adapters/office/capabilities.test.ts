import { hostCapabilities, WEB_PAYLOAD_LIMIT } from "../../../src/adapters/office/capabilities";

const g = globalThis as unknown as { Office?: unknown };

function withOffice(platform: string, run: () => void): void {
  const saved = g.Office;
  g.Office = {
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    context: {
      platform,
      requirements: { isSetSupported: (_: string, v: string) => Number(v.split(".")[1]) <= 9 },
    },
  };
  try {
    run();
  } finally {
    g.Office = saved;
  }
}

describe("hostCapabilities()", () => {
  test("limits a request to the web's size in Excel on the web", () => {
    withOffice("OfficeOnline", () => expect(hostCapabilities().payloadLimit).toBe(WEB_PAYLOAD_LIMIT));
  });

  test("sets no request limit in desktop Excel", () => {
    withOffice("PC", () => expect(hostCapabilities().payloadLimit).toBe(Number.POSITIVE_INFINITY));
    withOffice("Mac", () => expect(hostCapabilities().payloadLimit).toBe(Number.POSITIVE_INFINITY));
  });

  test("reads the requirement sets, and says no to everything outside Office", () => {
    withOffice("PC", () =>
      expect([hostCapabilities().excelApi(9), hostCapabilities().excelApi(10)]).toEqual([true, false]),
    );
    expect(hostCapabilities().excelApi(1)).toBe(false);
    expect(hostCapabilities().payloadLimit).toBe(WEB_PAYLOAD_LIMIT);
  });
});
