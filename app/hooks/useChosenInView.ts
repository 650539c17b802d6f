"use client";

import { useEffect, type RefObject } from "react";

/** Room kept between the chosen chip and the bar's edges, in pixels. */
const EDGE_PX = { left: 14, right: 28 };

/**
 * On a phone the presets are one sideways-scrolling row: keeps the chosen chip
 * (`aria-pressed="true"`) in sight whenever `chosen` changes.
 */
export function useChosenInView(bar: RefObject<HTMLElement | null>, chosen: unknown) {
  useEffect(() => {
    const row = bar.current;
    const chip = row?.querySelector<HTMLElement>('[aria-pressed="true"]');
    if (!row || !chip || row.scrollWidth <= row.clientWidth) return;
    const box = row.getBoundingClientRect();
    const at = chip.getBoundingClientRect();
    if (at.left < box.left || at.right > box.right - EDGE_PX.right) row.scrollBy({ left: at.left - box.left - EDGE_PX.left });
  }, [bar, chosen]);
}
