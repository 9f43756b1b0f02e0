// The accessibility and fit checks every browser test of the pane runs in each state it reaches:
// axe-core (all its default rules, best practices included) and no horizontal overflow at the
// task pane's real width. Issue 11 §10: 0 violations in every tab and state at 350 × 900.
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";

/** A real task pane in Excel on a laptop: 350 px wide, 900 px tall. */
export const PANE_VIEWPORT = { width: 350, height: 900 } as const;

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Opens the served pane at 350 × 900 and waits until it is ready (the sample loaded outside
 * Office). One page per test; the caller closes it.
 * @param browser the suite's one chromium (see paneInChromium)
 * @param url the server's base URL, ending in "/"
 * @param query appended to taskpane.html, e.g. "?_host_Info=…"
 * @example page = await openPane(pane.browser, pane.url);
 */
export async function openPane(browser: Browser, url: string, query = ""): Promise<Page> {
  const page = await browser.newPage({ viewport: { ...PANE_VIEWPORT }, acceptDownloads: true });
  await page.goto(`${url}taskpane.html${query}`);
  await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
  return page;
}

/** One axe violation, one line per node: "rule (impact): help — target". */
export interface AxeProblem {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly target: string;
  readonly summary: string;
}

/** Runs axe-core on the whole page as it is now and returns its violations, one per node. */
export async function axeViolations(page: Page): Promise<AxeProblem[]> {
  const injected = await page.evaluate(() => "axe" in window);
  if (!injected) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    type Result = {
      id: string;
      impact?: string;
      help: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    };
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Result[] }> };
      }
    ).axe;
    const { violations } = await axe.run(document, { resultTypes: ["violations"] });
    return violations.flatMap((v) =>
      v.nodes.map((n) => ({
        rule: v.id,
        impact: v.impact ?? "",
        help: v.help,
        target: n.target.map(String).join(" "),
        summary: (n.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 200),
      })),
    );
  });
}

/**
 * What sticks out of the viewport sideways: the document's own horizontal scroll, then every
 * visible element whose box crosses the left or right edge and is not clipped by a scrolling
 * or clipping ancestor that itself fits (a diagram inside its own scroll box is fine).
 * @returns one line per problem, "" parts left out; [] when everything fits
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    const width = doc.clientWidth;
    if (doc.scrollWidth > width) out.push(`document scrolls sideways: ${doc.scrollWidth} > ${width} px`);
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : "";
      const role = el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : "";
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${role} “${text}”`;
    };
    const clippedByAncestor = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== doc; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX !== "visible") {
          const r = p.getBoundingClientRect();
          return r.left >= -0.5 && r.right <= width + 0.5;
        }
      }
      return false;
    };
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none") continue;
      // Fluent's visually hidden text (clip: rect(0 0 0 0)) and 1 px helpers are not seen.
      if (style.clip === "rect(0px, 0px, 0px, 0px)" || style.clipPath === "inset(50%)") continue;
      if (r.left >= -0.5 && r.right <= width + 0.5) continue;
      if (clippedByAncestor(el)) continue;
      out.push(`${describe(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px of ${width}`);
    }
    return out;
  });
}

/**
 * Fails the test when axe-core finds any violation or anything overflows the pane sideways,
 * naming the state (`label`) and each problem.
 * @param page the pane, in the state to check
 * @param label the state's name in failure messages, e.g. "Impor › mapping"
 * @example await expectAccessible(page, "Periksa › findings");
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await settleAnimations(page);
  const problems = [
    ...(await axeViolations(page)).map(
      (v) => `axe ${v.rule} (${v.impact}) ${v.target}: ${v.help}. ${v.summary}`,
    ),
    ...(await horizontalOverflow(page)).map((o) => `overflow ${o}`),
  ];
  expect({ state: label, problems }).toEqual({ state: label, problems: [] });
}

/**
 * Waits until the pane is at rest before it is measured: no work running (a progress region
 * marked `data-working`, whose spinner only shows after 300 ms) and no spinner left (work the
 * state started, such as the Buat preview drawn in the worker, has ended and re-rendered), then the
 * finite animations and transitions running now (a button turning from its disabled colours
 * to its enabled ones, a message bar fading in), twice, with a frame between, so a transition
 * started by the last re-render is finished too. axe then measures colours at rest.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector(".fui-Spinner, [data-working]") === null,
    undefined,
    {
      timeout: 120_000,
    },
  );
  for (let round = 0; round < 2; round++) {
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
    await page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
          .map((a) => a.finished.catch(() => undefined)),
      ),
    );
  }
}
