import { describe, expect, it } from "vitest";
import { heatMove } from "../../../lib/server";

describe("heatMove: the arrow keys over a heat map", () => {
  it("moves one cell at a time and stops at the edges", () => {
    // a 15 × 15 map: from [7, 7] each arrow moves one step; from a corner the way out is shut
    expect(heatMove([7, 7], "ArrowUp", 15, 15)).toEqual([6, 7]);
    expect(heatMove([7, 7], "ArrowDown", 15, 15)).toEqual([8, 7]);
    expect(heatMove([7, 7], "ArrowLeft", 15, 15)).toEqual([7, 6]);
    expect(heatMove([7, 7], "ArrowRight", 15, 15)).toEqual([7, 8]);
    expect(heatMove([0, 0], "ArrowUp", 15, 15)).toEqual([0, 0]);
    expect(heatMove([14, 14], "ArrowRight", 15, 15)).toEqual([14, 14]);
  });

  it("goes to the ends of the row with Home and End, and ignores other keys", () => {
    expect(heatMove([3, 5], "Home", 15, 15)).toEqual([3, 0]);
    expect(heatMove([3, 5], "End", 15, 15)).toEqual([3, 14]);
    expect(heatMove([3, 5], "Enter", 15, 15)).toBeNull();
  });
});
