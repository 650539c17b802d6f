"use client";

import { useCallback, useState } from "react";

export type CopyState = "idle" | "copied" | "failed";

/** How long "Copied" (or the failure) is shown before the button reads as before. */
const SHOWN_MS = 2500;

function copyWithSelection(text: string): void {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  document.body.removeChild(area);
  if (!ok) throw new Error("copy refused");
}

/** Copies text to the clipboard (the older selection route where the Clipboard API is missing) and says how it went. */
export function useClipboard() {
  const [state, setState] = useState<CopyState>("idle");
  const copy = useCallback(async (text: string) => {
    try {
      if (navigator.clipboard && window.isSecureContext) await navigator.clipboard.writeText(text);
      else copyWithSelection(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    window.setTimeout(() => setState("idle"), SHOWN_MS);
  }, []);
  return { state, copy };
}
