import { spawn, type ChildProcess } from "node:child_process";
import * as http from "node:http";
import * as net from "node:net";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** GET without following redirects. */
function get(url: string): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
      })
      .on("error", reject);
  });
}

let child: ChildProcess | undefined;
afterAll(async () => {
  if (!child || child.exitCode !== null) return;
  const gone = new Promise((resolve) => child!.on("exit", resolve));
  child.kill("SIGTERM"); // start.js stops its dev server, then exits
  await gone;
});

// Outside Excel (Linux here) `npm start` serves the pane over http on 127.0.0.1 (issue 11 §3).
const onLinux = process.platform === "linux" ? it : it.skip;

onLinux(
  "npm start: the first URL printed opens the pane, and / leads to it",
  async () => {
    const port = await freePort();
    child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js")], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    await new Promise<void>((resolve, reject) => {
      child!.stdout!.on("data", (c: Buffer) => {
        out += c.toString("utf8");
        if (/webpack [\d.]+ compiled/.test(out)) resolve();
      });
      child!.stderr!.resume();
      child!.on("exit", (code) => reject(new Error(`npm start exited (${String(code)}): ${out}`)));
    });
    const first = /https?:\/\/\S+/.exec(out)?.[0];
    expect(first).toBe(`http://127.0.0.1:${port}/taskpane.html`);
    const pane = await get(first!);
    expect(pane.status).toBe(200);
    expect(pane.body).toMatch(/<script[^>]+taskpane\.js/);
    const root = await get(`http://127.0.0.1:${port}/`);
    expect([root.status, root.location]).toEqual([302, "/taskpane.html"]);
    const withQuery = await get(`http://127.0.0.1:${port}/?lang=en`);
    expect(withQuery.location).toBe("/taskpane.html?lang=en");
    expect((await get(`http://127.0.0.1:${port}/nothing-here`)).status).toBe(404);
  },
  240000,
);
