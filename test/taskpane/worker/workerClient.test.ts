/**
 * The worker client with a Worker: a stand-in runs the worker's jobs in this process, behind a
 * structured clone as a real worker's messages are. A file read there comes back packed and
 * stays there; later jobs send only its key, until the worker has let it go.
 */
import ExcelJS from "exceljs";
import { applyPlan } from "../../../src/adapters/xlsx/applyPlan";
import { isRefusal } from "../../../src/adapters/xlsx/reader";
import { templateAction } from "../../../src/core/actions";
import type { WorkbookData } from "../../../src/core/sheet";
import type { PaneJob } from "../../../src/taskpane/worker/jobTypes";
import type { Finding } from "../../../src/core/rules/types";
import { findingRows } from "../../../src/taskpane/findingRows";
import { joinCheck, PART_SIZE, splitCheck } from "../../../src/taskpane/worker/checkParts";
import { packWorkbook } from "../../../src/taskpane/worker/packedWorkbook";
import { PaneJobs } from "../../../src/taskpane/worker/paneJobs";
import { HELD_MAX } from "../../../src/taskpane/worker/recentKeys";
import { WorkerClient } from "../../../src/taskpane/worker/workerClient";

/** Every job message the stand-in worker received. */
const mockPosted: PaneJob[] = [];
/** Every message it answered with. */
const mockReplies: unknown[] = [];

jest.mock("../../../src/taskpane/worker/spawnWorker", () => ({
  spawnPaneWorker: () => {
    // What paneWorker.ts does, with the same jobs and replies, one message at a time.
    const { PaneJobs: Jobs } = jest.requireActual("../../../src/taskpane/worker/paneJobs");
    const { answerJob: answer } = jest.requireActual("../../../src/taskpane/worker/answerJob");
    const jobs = new Jobs();
    const worker = {
      onmessage: undefined as undefined | ((e: { data: unknown }) => void),
      onerror: undefined,
      postMessage(message: { id: number; job: PaneJob }) {
        const received = structuredClone(message);
        mockPosted.push(received.job);
        setTimeout(() =>
          answer(jobs, received, (reply: unknown) => {
            mockReplies.push(reply);
            worker.onmessage?.({ data: structuredClone(reply) });
          }),
        );
      },
    };
    return worker;
  },
}));

const now = new Date(Date.UTC(2026, 10, 1));

async function sampleBytes(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, templateAction({ sample: true, lang: "id" }).plan);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer).slice().buffer;
}

describe("WorkerClient with a worker", () => {
  const hadWorker = "Worker" in globalThis;
  beforeAll(() => {
    if (!hadWorker) Object.assign(globalThis, { Worker: class {} });
  });
  afterAll(() => {
    if (!hadWorker) delete (globalThis as { Worker?: unknown }).Worker;
  });

  test("a read stays in the worker: checks send its key only, until other workbooks push it out", async () => {
    const client = new WorkerClient();
    const read = await client.read(await sampleBytes());
    if (isRefusal(read)) throw new Error("the sample was refused");
    const check = (data: WorkbookData) =>
      client.run({ op: "check", data: client.ref(data), lang: "id", now, all: false });
    const first = await check(read.data);
    const sent = mockPosted.at(-1) as Extract<PaneJob, { op: "check" }>;
    expect(sent.data).toEqual({ key: sent.data.key });
    // What the worker found is what the main thread finds on the unpacked values.
    expect(first).toEqual(
      new PaneJobs().run({ op: "check", data: { key: 1, data: read.data }, lang: "id", now, all: false }),
    );
    expect(first.findings.length).toBeGreaterThan(0);

    // HELD_MAX other workbooks: each is sent whole once, then the read one is no longer held.
    for (let i = 0; i < HELD_MAX; i++) {
      const other: WorkbookData = {
        sheets: read.data.sheets.map((s) => ({ name: s.name, values: s.values })),
      };
      await check(other);
      expect((mockPosted.at(-1) as Extract<PaneJob, { op: "check" }>).data.data).toBeDefined();
    }
    expect(await check(read.data)).toEqual(first);
    expect((mockPosted.at(-1) as Extract<PaneJob, { op: "check" }>).data.data).toBeDefined();
    // …and held again.
    await check(read.data);
    expect((mockPosted.at(-1) as Extract<PaneJob, { op: "check" }>).data.data).toBeUndefined();
  });

  test("the values arrive packed as strings and unpack to what Pokin's reader read", async () => {
    const client = new WorkerClient();
    const bytes = await sampleBytes();
    const read = await client.read(bytes);
    const direct = new PaneJobs().run({ op: "read", key: 1, bytes });
    if (isRefusal(read) || isRefusal(direct)) throw new Error("the sample was refused");
    expect(packWorkbook(read.data)).toEqual(packWorkbook(direct.data));
    expect(read.merges).toEqual(direct.merges);
  });
});

describe("a check in parts", () => {
  test("the worker's parts join to the check the main thread would make", async () => {
    const hadWorker = "Worker" in globalThis;
    if (!hadWorker) Object.assign(globalThis, { Worker: class {} });
    try {
      const data = templateAction({ sample: true, lang: "id" }).values;
      const local = new PaneJobs().run({ op: "check", data: { key: 1, data }, lang: "id", now, all: false });
      const client = new WorkerClient();
      const before = mockReplies.length;
      const joined = await client.run({ op: "check", data: client.ref(data), lang: "id", now, all: false });
      const replies = mockReplies.slice(before) as { part?: unknown[]; parts?: true }[];
      const rows = local.groups.reduce((n, g) => n + g.rows.length, 0);
      const parts = Math.ceil(local.findings.length / PART_SIZE) + Math.ceil(rows / PART_SIZE);
      expect(replies.filter((r) => r.part)).toHaveLength(parts);
      expect(replies.at(-1)?.parts).toBe(true);
      expect(joined).toEqual(local);
      // Rows hold the check's own findings again (a selected row's finding is in the list).
      const row = joined.groups[0]!.rows[0]!;
      expect(joined.findings).toContain(row.first);
    } finally {
      if (!hadWorker) delete (globalThis as { Worker?: unknown }).Worker;
    }
  });
});

test("splitCheck / joinCheck: 2,500 findings on 1,250 rows travel in 5 parts and join equal", () => {
  const findings: Finding[] = [];
  for (let r = 0; r < 1250; r++)
    for (const col of ["H", "I"])
      findings.push({
        rule: r % 2 ? "POKIN011" : "POKIN013",
        severity: r % 2 ? "error" : "warning",
        sheet: "Program",
        cell: `${col}${r + 5}`,
        kode: `1.${r}`,
        message: `[1.${r}] Target ${col === "H" ? 2025 : 2026} kosong.`,
      });
  const view = { findings, excepted: 0, errors: 1250, groups: findingRows(findings, "id") };
  const [head, parts] = splitCheck(view);
  expect(parts.map((p) => p.length)).toEqual([PART_SIZE, PART_SIZE, 500, PART_SIZE, 250]);
  expect(JSON.stringify(head).length).toBeLessThan(1000);
  const joined = joinCheck(head, structuredClone(parts));
  expect(joined).toEqual(view);
  expect(joined.findings).toContain(joined.groups[1]!.rows[3]!.first);
});
