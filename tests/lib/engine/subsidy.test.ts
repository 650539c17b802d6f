import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Dec } from "../../../lib/core/decimal";
import { blockSubsidy, daySubsidy, nextSubsidyChange, HALVING_INTERVAL, BLOCKS_PER_DAY } from "../../../lib/engine/subsidy";

/** Heights anywhere, and heights whose day holds a halving (the interesting ones). */
const height = fc.oneof(
  fc.integer({ min: 0, max: 14_000_000 }),
  fc
    .tuple(fc.integer({ min: 1, max: 64 }), fc.integer({ min: -BLOCKS_PER_DAY, max: 0 }))
    .map(([halving, offset]) => halving * HALVING_INTERVAL + offset),
);

// Source of the schedule: Bitcoin Core's GetBlockSubsidy (src/validation.cpp):
// 50 BTC, halved every 210,000 blocks (consensus.nSubsidyHalvingInterval), 0 once halvings ≥ 64.
// Spec §2.1 uses the same 50 / 2^floor(height / 210000), without Core's satoshi truncation.

describe("blockSubsidy", () => {
  it("pays 50 BTC in the first epoch, up to block 209,999", () => {
    expect(blockSubsidy(0).toString()).toBe("50");
    expect(blockSubsidy(209_999).toString()).toBe("50"); // floor(209999 / 210000) = 0 → 50 / 2^0
  });

  it("halves to 25 BTC at block 210,000", () => {
    expect(blockSubsidy(210_000).toString()).toBe("25"); // 50 / 2^1
  });

  it("pays 3.125 BTC from the April 2024 halving at block 840,000", () => {
    expect(blockSubsidy(840_000).toString()).toBe("3.125"); // 840000 / 210000 = 4 → 50 / 16
    expect(blockSubsidy(839_999).toString()).toBe("6.25"); // epoch 3 → 50 / 8
  });

  it("pays 1.5625 BTC from block 1,050,000", () => {
    expect(blockSubsidy(1_050_000).toString()).toBe("1.5625"); // epoch 5 → 50 / 32
  });

  it("pays 50 / 2^63 BTC in the last epoch and nothing from the 64th halving on", () => {
    const lastEpochStart = 63 * HALVING_INTERVAL; // 13,230,000
    expect(blockSubsidy(lastEpochStart).eq(new Dec(50).div(new Dec(2).pow(63)))).toBe(true);
    expect(blockSubsidy(64 * HALVING_INTERVAL - 1).eq(new Dec(50).div(new Dec(2).pow(63)))).toBe(true);
    expect(blockSubsidy(64 * HALVING_INTERVAL).isZero()).toBe(true); // 13,440,000
    expect(blockSubsidy(100_000_000).isZero()).toBe(true);
  });
});

describe("daySubsidy", () => {
  it("is the block subsidy on a day inside one epoch", () => {
    expect(daySubsidy(504_400).toString()).toBe("12.5"); // the S9 preset's day: epoch 2
    expect(daySubsidy(839_856).toString()).toBe("6.25"); // last block 839,999: still epoch 3
    expect(daySubsidy(840_000).toString()).toBe("3.125"); // the halving is its first block: not blended
  });

  it("blends a halving day: 72 blocks at 6.25 and 72 at 3.125 make 4.6875", () => {
    // day 839,928 … 840,071: 839,928 … 839,999 is 72 blocks at 6.25, 840,000 … 840,071 is 72 at 3.125
    // (72 × 6.25 + 72 × 3.125) / 144 = (450 + 225) / 144 = 4.6875
    expect(daySubsidy(839_928).toString()).toBe("4.6875");
  });

  it("weights a halving day by the blocks on each side", () => {
    // 839,999 … 840,142: 1 block at 6.25, 143 at 3.125 → (6.25 + 446.875) / 144 = 453.125 / 144
    expect(daySubsidy(839_999).eq(new Dec("453.125").div(144))).toBe(true);
  });

  it("blends the day of the 64th halving with zero", () => {
    // 13,439,956 … 13,440,099: 44 blocks at 50 / 2^63, then 100 at 0
    const tiny = new Dec(50).div(new Dec(2).pow(63));
    expect(daySubsidy(64 * HALVING_INTERVAL - 44).eq(tiny.times(44).div(144))).toBe(true);
    expect(daySubsidy(64 * HALVING_INTERVAL).isZero()).toBe(true);
  });

  it("equals the mean over the day's 144 blocks, for any height", () => {
    fc.assert(
      fc.property(height, (first) => {
        let sum = new Dec(0);
        for (let x = first; x < first + BLOCKS_PER_DAY; x++) sum = sum.plus(blockSubsidy(x));
        return daySubsidy(first).minus(sum.div(BLOCKS_PER_DAY)).abs().lte(new Dec("1e-32"));
      }),
      { numRuns: 200 },
    );
  });
});

describe("nextSubsidyChange", () => {
  it("finds the blended day of the next halving, then the day after it", () => {
    // from 839,784: day 1 starts at 839,928 (blended), day 2 at 840,072 (3.125)
    expect(nextSubsidyChange(839_784, 0, 10)).toBe(1);
    expect(nextSubsidyChange(839_784, 1, 10)).toBe(2);
    // a day starting exactly on the halving is the change itself
    expect(nextSubsidyChange(840_000 - 144, 0, 10)).toBe(1);
  });

  it("is null when the subsidy stays the same until the horizon, and after the 64th halving", () => {
    expect(nextSubsidyChange(840_000, 0, 1000)).toBeNull(); // next halving 210,000 blocks = 1,458⅓ days away
    expect(nextSubsidyChange(64 * HALVING_INTERVAL, 0, 3650)).toBeNull();
  });

  it("returns the first later day whose subsidy differs, as a day-by-day search does", () => {
    fc.assert(
      fc.property(height, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 3650 }), (start, from, span) => {
        const until = from + span;
        const at = (d: number) => daySubsidy(start + BLOCKS_PER_DAY * d);
        let expected: number | null = null;
        // a halving is 210,000 blocks ≈ 1,458 days apart: search at most that far
        for (let d = from + 1; d < Math.min(until, from + 1500); d++) {
          if (!at(d).eq(at(from))) {
            expected = d;
            break;
          }
        }
        expect(nextSubsidyChange(start, from, until)).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });
});
