/**
 * A local stand-in for a mempool-compatible API (no test ever reaches the internet): a node http
 * server on an ephemeral port whose answer to each path is set by the test.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { MEMPOOL_PATHS, type MempoolAnswers, type MempoolPath } from "../../lib/network/mempool";

/** Good answers, in the shapes mempool.space gives (extra fields included, as the real API has them). */
export const GOOD_ANSWERS: MempoolAnswers = {
  blocks: JSON.stringify([
    {
      id: "00…a",
      height: 940000,
      difficulty: 141668107417558.22,
      timestamp: 1_780_000_000,
      tx_count: 3000,
      extras: { totalFees: 2_500_000 },
    },
    { id: "00…b", height: 939999, difficulty: 141668107417558.22, timestamp: 1_779_999_400, tx_count: 2900 },
  ]),
  // 940000 − 927041 + 1 = 12,960 blocks; 36,288,000,000 sats ÷ 12,960 = 2,800,000 sats = 0.028 BTC a block
  rewardStats: JSON.stringify({
    startBlock: 927041,
    endBlock: 940000,
    totalReward: "4086288000000",
    totalFee: "36288000000",
    totalTx: "41000000",
  }),
  prices: JSON.stringify({
    time: 1_780_000_000,
    USD: 97123.456,
    EUR: 90000,
    GBP: 77000,
    CAD: 130000,
    CHF: 86000,
    AUD: 150000,
    JPY: 15000000,
  }),
};

/** The stored snapshot's height and day (data/network.ts): the fake's tip on a day advances 144 a day from it. */
const SNAPSHOT_HEIGHT = 934553;
const SNAPSHOT_DAY_MS = Date.UTC(2026, 1, 1);

/**
 * The good answers as they would be read on `date` (YYYY-MM-DD): the tip 144 blocks a day past the
 * snapshot's (a believable height that day), the fee sums over the 12,960 blocks to it (0.028 BTC a
 * block), the difficulty and price of GOOD_ANSWERS. The good answers themselves are those of 2026-03-10
 * (2026-02-01 + 37 days: 934,553 + 5,328 = 939,881, within the band of 940,000).
 */
export function answersOn(date: string): MempoolAnswers {
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - SNAPSHOT_DAY_MS) / 86_400_000);
  const height = SNAPSHOT_HEIGHT + 144 * days;
  return {
    blocks: JSON.stringify([{ height, difficulty: 141668107417558.22 }]),
    rewardStats: JSON.stringify({ startBlock: height - 12959, endBlock: height, totalFee: "36288000000" }),
    prices: GOOD_ANSWERS.prices,
  };
}

/**
 * How the fake answers a path: a body (200), a status with a body, never (a hung server), headers then
 * nothing more (a stalled body), or a flood of `bytes` streamed in 64 KB chunks (`sent` counts them).
 */
export type FakeReply = string | { status: number; body: string } | "hang" | "stall" | { flood: number };

export interface FakeMempool {
  /** The base address, as NETWORK_API_BASE would hold it: http://127.0.0.1:<port>/api */
  base: string;
  /** Sets the replies (missing paths keep the good answers). */
  reply(replies: Partial<Record<MempoolPath, FakeReply>>): void;
  /** Requests received, by path. */
  hits: string[];
  /** Bytes of floods written so far (a reader that stops reading stops them). */
  sent: { bytes: number };
  close(): Promise<void>;
}

export async function startFakeMempool(): Promise<FakeMempool> {
  let replies: Record<MempoolPath, FakeReply> = { ...GOOD_ANSWERS };
  const hits: string[] = [];
  const sent = { bytes: 0 };
  const hung = new Set<import("node:http").ServerResponse>();
  const byPath = new Map(Object.entries(MEMPOOL_PATHS).map(([name, path]) => [`/api${path}`, name as MempoolPath]));
  const server: Server = createServer((req, res) => {
    const url = (req.url ?? "").split("?")[0] ?? "";
    hits.push(url);
    const name = byPath.get(url);
    if (name === undefined) {
      res.writeHead(404).end("not found");
      return;
    }
    const reply = replies[name];
    if (reply === "hang") {
      hung.add(res);
      return;
    }
    if (reply === "stall") {
      hung.add(res);
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write("[");
      return;
    }
    if (typeof reply === "object" && "flood" in reply) {
      const chunk = Buffer.alloc(64 * 1024, " ");
      let left = reply.flood;
      res.writeHead(200, { "Content-Type": "application/json" });
      const pump = () => {
        while (left > 0 && !res.destroyed) {
          left -= chunk.length;
          sent.bytes += chunk.length;
          if (!res.write(chunk)) {
            res.once("drain", pump);
            return;
          }
        }
        if (!res.destroyed) res.end();
      };
      res.on("close", () => (left = 0));
      pump();
      return;
    }
    const { status, body } = typeof reply === "string" ? { status: 200, body: reply } : reply;
    res.writeHead(status, { "Content-Type": "application/json" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/api`,
    reply(next) {
      replies = { ...GOOD_ANSWERS, ...next };
    },
    hits,
    sent,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
