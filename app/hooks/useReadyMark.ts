"use client";

import { useEffect } from "react";

/**
 * Marks the page as come to life (`<html data-ready>`) once React has hydrated it: from then on a
 * key or a click is answered. Keys pressed before land in the server's HTML and are not read; the
 * browser tests wait for the mark before they type, as a person waits for the page.
 */
export function useReadyMark(): void {
  useEffect(() => {
    document.documentElement.dataset.ready = "1";
  }, []);
}
