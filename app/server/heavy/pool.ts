/**
 * The server's heavy work off the request thread: a pool of worker threads sized to the machine (one
 * core left to the requests), each task with a time budget counted from its arrival. A task still
 * queued or still running when the budget ends is abandoned (its worker is terminated and replaced)
 * and the request is answered that the work was too heavy, so no request holds the server and a
 * light request never waits behind a heavy one. Identical tasks in flight share one computation.
 *
 * The workers run a plain-JavaScript bundle of ./worker.ts (scripts/build-worker.mjs writes
 * .next/heavy-worker.mjs after `next build`). Without it (development, unit tests) the tasks run on
 * the request's thread, as before, and the server says so once in its log.
 *
 * Environment: HEAVY_WORKERS (default: cores − 1, 1 to 4), HEAVY_BUDGET_MS (default 4000),
 * HEAVY_WORKER_FILE (the bundle; default .next/heavy-worker.mjs in production, none otherwise).
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { runTask, type TaskInput, type TaskKind, type TaskOutput } from "./tasks";
import type { AnswerMessage, TaskMessage } from "./worker";

/** The time a request's heavy work may take from its arrival: a second is left for the rest (reading the link, drawing the page or the image), so the request ends within 5 s. */
export const DEFAULT_BUDGET_MS = 4000;
/** What a page or an image keeps of the budget for drawing itself after the work (the /rigs table, the /og PNG). */
export const DRAWING_RESERVE_MS = 700;
/** Tasks waiting per worker before new ones are turned away at once. */
const QUEUE_PER_WORKER = 4;
/** A worker's heap: a task that balloons is ended, not the server. */
const WORKER_HEAP_MB = 512;

export type HeavyOutcome<T> = { ok: true; value: T } | { ok: false; reason: "budget" | "busy" | "failed"; detail: string };

export interface PoolConfig {
  size: number;
  budgetMs: number;
  /** The worker bundle, or null to run the tasks on the calling thread. */
  file: string | null;
}

export function poolConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): PoolConfig {
  const wanted = Number(env.HEAVY_WORKERS);
  const size = Number.isInteger(wanted) && wanted >= 1 && wanted <= 16 ? wanted : Math.max(1, Math.min(4, availableParallelism() - 1));
  const budget = Number(env.HEAVY_BUDGET_MS);
  const budgetMs = Number.isFinite(budget) && budget >= 100 && budget <= 60_000 ? budget : DEFAULT_BUDGET_MS;
  const fallback = env.NODE_ENV === "production" ? join(cwd, ".next", "heavy-worker.mjs") : null;
  const file = env.HEAVY_WORKER_FILE?.trim() || fallback;
  return { size, budgetMs, file };
}

interface Job {
  id: number;
  kind: TaskKind;
  input: unknown;
  deadline: number;
  settle: (outcome: HeavyOutcome<unknown>) => void;
  timer?: ReturnType<typeof setTimeout>;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

export interface HeavyPool {
  run<K extends TaskKind>(kind: K, input: TaskInput<K>, budgetMs?: number): Promise<HeavyOutcome<Awaited<TaskOutput<K>>>>;
  /** The budget of a task whose answer is still to be drawn (a page, an image): the budget less the drawing's reserve. */
  readonly drawnBudgetMs: number;
  /** Workers running, tasks queued (for tests and the load script). */
  stats(): { workers: number; busy: number; queued: number; inline: boolean };
  close(): Promise<void>;
}

export function createPool(config: PoolConfig, log: (message: string) => void = (m) => console.warn(m)): HeavyPool {
  const file = config.file !== null && existsSync(config.file) ? config.file : null;
  if (config.file !== null && file === null)
    log(`heavy work: no worker bundle at ${config.file} (run npm run build); computing on the request thread`);
  const slots: Slot[] = [];
  const queue: Job[] = [];
  const inflight = new Map<string, Promise<HeavyOutcome<unknown>>>();
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(file as string, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    const slot: Slot = { worker, job: null };
    worker.on("message", (answer: AnswerMessage) => {
      const job = slot.job;
      if (job === null || job.id !== answer.id) return;
      slot.job = null;
      clearTimeout(job.timer);
      job.settle(answer.ok ? { ok: true, value: answer.value } : { ok: false, reason: "failed", detail: answer.error });
      pump();
    });
    const lost = (why: string) => {
      const i = slots.indexOf(slot);
      if (i < 0) return; // already replaced
      const job = slot.job;
      slot.job = null;
      if (job) {
        clearTimeout(job.timer);
        job.settle({ ok: false, reason: "failed", detail: why });
      }
      if (!closed) slots[i] = spawn();
      pump();
    };
    worker.on("error", (e) => lost(e instanceof Error ? e.message : String(e)));
    worker.on("exit", (code) => lost(`the worker stopped (${code})`));
    // a new worker warms itself first (tasks.ts, `warm`): a request's task then finds it ready
    const warm: Job = { id: nextId++, kind: "warm", input: {}, deadline: Infinity, settle: () => {} };
    slot.job = warm;
    worker.postMessage({ id: warm.id, kind: warm.kind, input: warm.input } satisfies TaskMessage);
    return slot;
  };
  if (file !== null) for (let i = 0; i < config.size; i++) slots.push(spawn());

  function pump() {
    for (const slot of slots) {
      if (slot.job !== null) continue;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      const message: TaskMessage = { id: job.id, kind: job.kind, input: job.input };
      slot.worker.postMessage(message);
    }
  }

  /** The budget ran out: a queued job leaves the queue; a running one's worker is ended and replaced. */
  function expire(job: Job) {
    const q = queue.indexOf(job);
    if (q >= 0) {
      queue.splice(q, 1);
      job.settle({ ok: false, reason: "budget", detail: "still waiting for a free worker when the time budget ran out" });
      return;
    }
    const i = slots.findIndex((s) => s.job === job);
    if (i < 0) return;
    const slot = slots[i] as Slot;
    slot.job = null;
    slots[i] = spawn();
    void slot.worker.terminate();
    job.settle({ ok: false, reason: "budget", detail: "still computing when the time budget ran out" });
    pump();
  }

  function enqueue(kind: TaskKind, input: unknown, budgetMs: number): Promise<HeavyOutcome<unknown>> {
    if (file === null) {
      return (async (): Promise<HeavyOutcome<unknown>> => {
        try {
          return { ok: true, value: await runTask(kind, input as never) };
        } catch (error) {
          return { ok: false, reason: "failed", detail: error instanceof Error ? error.message : String(error) };
        }
      })();
    }
    if (queue.length >= QUEUE_PER_WORKER * slots.length)
      return Promise.resolve({ ok: false, reason: "busy", detail: `${queue.length} heavy requests are already waiting` });
    return new Promise((settle) => {
      const job: Job = { id: nextId++, kind, input, deadline: Date.now() + budgetMs, settle };
      job.timer = setTimeout(() => expire(job), budgetMs);
      queue.push(job);
      pump();
    });
  }

  return {
    run(kind, input, budgetMs = config.budgetMs) {
      const key = `${kind}\u0000${budgetMs}\u0000${JSON.stringify(input)}`;
      const shared = inflight.get(key);
      if (shared) return shared as Promise<HeavyOutcome<Awaited<TaskOutput<typeof kind>>>>;
      const started = enqueue(kind, input, budgetMs).finally(() => inflight.delete(key));
      inflight.set(key, started);
      return started as Promise<HeavyOutcome<Awaited<TaskOutput<typeof kind>>>>;
    },
    drawnBudgetMs: Math.max(100, config.budgetMs - DRAWING_RESERVE_MS),
    stats: () => ({
      workers: slots.length,
      busy: slots.filter((s) => s.job !== null && s.job.kind !== "warm").length,
      queued: queue.length,
      inline: file === null,
    }),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) {
        clearTimeout(job.timer);
        job.settle({ ok: false, reason: "failed", detail: "the server is stopping" });
      }
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}

/** One pool per server process, shared by the routes and pages Next.js bundles apart (held on globalThis). */
const SHARED = Symbol.for("rig-payback.heavy-pool");
type Holder = { [SHARED]?: HeavyPool };

export function heavyPool(): HeavyPool {
  const holder = globalThis as Holder;
  holder[SHARED] ??= createPool(poolConfig());
  return holder[SHARED];
}

/** Closes and forgets the process's pool (tests). */
export async function resetHeavyPool(): Promise<void> {
  const holder = globalThis as Holder;
  const pool = holder[SHARED];
  delete holder[SHARED];
  await pool?.close();
}
