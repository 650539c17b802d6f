/**
 * npm run update-network against a local fake of the API (never the internet): good answers are
 * written to data/network.ts and the README's block; a timeout, garbage or a 500 writes nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { format } from "prettier";
import { updateNetwork } from "../../scripts/update-network";
import { networkModule, networkReadmeBlock, README_BEGIN } from "../../scripts/network-file";
import { NETWORK_SNAPSHOT } from "../../data/network";
import { answersOn, startFakeMempool, type FakeMempool } from "../support/fake-mempool";

let fake: FakeMempool;
let dir: string;
beforeAll(async () => {
  fake = await startFakeMempool();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reply({});
  dir = mkdtempSync(join(tmpdir(), "network-"));
  copyFileSync("data/README.md", join(dir, "README.md"));
  copyFileSync("data/network.ts", join(dir, "network.ts"));
  return () => rmSync(dir, { recursive: true, force: true });
});

const read = (name: string) => readFileSync(join(dir, name), "utf8");

describe("updateNetwork", () => {
  it("writes the fake's figures, the date read and the source into network.ts and the README", async () => {
    const result = await updateNetwork({ base: fake.base, timeoutMs: 2000, date: "2026-03-10", dataDir: dir });
    expect(result.ok).toBe(true);
    const written = read("network.ts");
    expect(written).toContain(`date: "2026-03-10",`);
    expect(written).toContain(`source: { kind: "api", host: "${new URL(fake.base).host}", base: "${fake.base}" },`);
    expect(written).toContain(`height: 940000,`);
    expect(written).toContain(`difficulty: "141668107417558.22",`);
    // 36,288,000,000 sats ÷ 12,960 blocks = 0.028 BTC
    expect(written).toContain(`feesPerBlockBtc: "0.028",\n  feesBlocks: 12960,`);
    expect(written).toContain(`btcUsd: "97123.46",`);
    // the generated file is already in prettier's layout (npm run lint checks it)
    expect(await format(written, { parser: "typescript", printWidth: 140, trailingComma: "all" })).toBe(written);
    const readme = read("README.md");
    expect(readme).toContain("| fees | 0.028 BTC per block, over 12,960 blocks |");
    expect(readme).toContain(`${fake.base}/v1/prices\`, read 2026-03-10: USD, to the cent |`);
    // the rest of the README is untouched
    const original = readFileSync("data/README.md", "utf8");
    expect(readme.slice(0, readme.indexOf(README_BEGIN))).toBe(original.slice(0, original.indexOf(README_BEGIN)));
  });

  it("writes nothing when the API hangs, answers garbage or an error", async () => {
    const before = [read("network.ts"), read("README.md")];
    for (const [reply, reason] of [
      [{ blocks: "hang" }, /no answer from .* within 300 ms/],
      [{ prices: "not json" }, /\/v1\/prices did not answer JSON/],
      [{ rewardStats: { status: 500, body: "oops" } }, /reward-stats\/12960 answered HTTP 500/],
      [{ blocks: JSON.stringify([{ height: 12, difficulty: 1 }]) }, /the tip 12 is below block 934553/],
      // the lies inside the schema's bounds: each refused by its band (2026-03-10 is 37 days after the snapshot)
      [{ blocks: JSON.stringify([{ height: 940000, difficulty: 1 }]) }, /^implausible: the difficulty 1 is outside the band/],
      [{ blocks: JSON.stringify([{ height: 940000, difficulty: 1e21 }]) }, /^implausible: the difficulty 1\.000e\+21 is outside the band/],
      [{ prices: JSON.stringify({ USD: 0.01 }) }, /^implausible: the BTC price US\$0\.01 is outside the band/],
      [{ prices: JSON.stringify({ USD: 999999999 }) }, /^implausible: the BTC price US\$999999999\.00 is outside the band/],
      [{ blocks: JSON.stringify([{ height: 99999999, difficulty: 141668107417558.22 }]) }, /^implausible: the height 99999999 is outside/],
      [
        { rewardStats: JSON.stringify({ startBlock: 927041, endBlock: 940000, totalFee: String(1000e8 * 12960) }) },
        /^implausible: fees of 1000 BTC a block are outside the band 0 … 3\.125 BTC/,
      ],
      [{ prices: { flood: 300 * 1024 * 1024 } }, /\/v1\/prices answered more than 65536 bytes/],
    ] as const) {
      fake.reply(reply);
      // 300 ms for the hang; the other answers get time enough on a busy machine to be judged by their content
      const timeoutMs = Object.values(reply).includes("hang") ? 300 : 5000;
      const result = await updateNetwork({ base: fake.base, timeoutMs, date: "2026-03-10", dataDir: dir });
      expect(result.ok, JSON.stringify(reply)).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
      expect([read("network.ts"), read("README.md")]).toEqual(before);
    }
  });

  it("writes nothing when the README has lost its network block", async () => {
    copyFileSync("package.json", join(dir, "README.md"));
    const result = await updateNetwork({ base: fake.base, timeoutMs: 2000, date: "2026-03-10", dataDir: dir });
    expect(result).toEqual({ ok: false, reason: `${join(dir, "README.md")} has no network block to replace` });
    expect(read("network.ts")).toBe(readFileSync("data/network.ts", "utf8"));
  });
});

describe("npm run update-network (the command)", () => {
  // a child process, run asynchronously: the fake answers from this test's own event loop
  const run = () =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn("npx", ["tsx", "scripts/update-network.ts"], {
        env: { ...process.env, NETWORK_API_BASE: fake.base, NETWORK_DATA_DIR: dir, NETWORK_TIMEOUT_MS: "5000" },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("close", (status) => done({ status, stdout, stderr }));
    });

  it("exits 0 and says what it wrote; exits 1 and writes nothing on a 500", async () => {
    // the command reads on today's date: the fake answers a tip believable today
    const today = new Date().toISOString().slice(0, 10);
    fake.reply(answersOn(today));
    const height = JSON.parse(answersOn(today).blocks)[0].height;
    const good = await run();
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toMatch(
      new RegExp(
        `^Network of \\d{4}-\\d{2}-\\d{2} from http://127\\.0\\.0\\.1:\\d+/api: height ${height}, difficulty 141668107417558\\.22, fees 0\\.028 BTC per block \\(12960 blocks\\), BTC US\\$97123\\.46\n`,
      ),
    );
    fake.reply({ blocks: { status: 500, body: "" } });
    const written = read("network.ts");
    const bad = await run();
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe("update-network: /v1/blocks answered HTTP 500; nothing written\n");
    expect(read("network.ts")).toBe(written);
  }, 30_000);
});

describe("the committed files", () => {
  it("data/network.ts and the README's block are what the script writes for the stored figures", () => {
    expect(readFileSync("data/network.ts", "utf8")).toBe(networkModule(NETWORK_SNAPSHOT));
    expect(readFileSync("data/README.md", "utf8")).toContain(networkReadmeBlock(NETWORK_SNAPSHOT));
  });
});
