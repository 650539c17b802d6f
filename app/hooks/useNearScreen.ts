"use client";

import { useEffect, useState, type RefObject } from "react";

/**
 * Whether an element is on the screen or within `margin` of it (an IntersectionObserver rootMargin,
 * e.g. "100% 0px": a screen above and below), kept up to date as the reader scrolls. Without the
 * observer (an old browser) every element counts as near.
 */
export function useNearScreen(ref: RefObject<HTMLElement | null>, margin: string): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { rootMargin: margin });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin]);
  return near;
}
