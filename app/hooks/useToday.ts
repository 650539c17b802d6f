"use client";

import { useEffect, useState } from "react";

/** The reader's today (their local date, YYYY-MM-DD); null until the page runs in their browser. */
export function useToday(): string | null {
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    // after hydration: the server cannot know the reader's day, so the first render shows no age
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setToday(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
  }, []);
  return today;
}
