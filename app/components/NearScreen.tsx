"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useNearScreen } from "../hooks/useNearScreen";

/**
 * How far beyond the screen's edges a part starts to draw: about a phone screen ahead of the
 * reader, so it is drawn by the time it scrolls into sight.
 */
const AHEAD = "900px 0px";

/**
 * A part drawn only once it comes near the screen (or the page is printed): until then `fallback`
 * holds its place. The charts are the page's heaviest drawing and sit below the answer on every
 * width; drawing them while the page comes to life kept a phone busy for half a second on an
 * answer nobody was looking at yet. Once drawn, a part stays drawn.
 */
export default function NearScreen({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const place = useRef<HTMLDivElement>(null);
  const near = useNearScreen(place, AHEAD);
  const [printing, setPrinting] = useState(false);
  const [shown, setShown] = useState(false);
  if ((near || printing) && !shown) setShown(true);
  useEffect(() => {
    if (shown) return;
    const show = () => setPrinting(true);
    const print = window.matchMedia("print");
    const onPrint = (e: MediaQueryListEvent) => e.matches && show();
    window.addEventListener("beforeprint", show);
    print.addEventListener("change", onPrint);
    return () => {
      window.removeEventListener("beforeprint", show);
      print.removeEventListener("change", onPrint);
    };
  }, [shown]);
  return shown ? children : <div ref={place}>{fallback}</div>;
}
