"use client";

import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * `value`, one task of the browser after it is given or changes (a timer of 0 ms), rendered in that
 * task: flushSync, as a state set in a timer would otherwise wait for React's next task, where two
 * of them meet again. Null until the first value lands; a newer value while one waits starts the
 * wait again. Chained (`useLanding(useLanding(x))`), the parts of a heavy drawing come in tasks of
 * their own, each within a frame or two, instead of one task that blocks typing.
 */
export function useLanding<T>(value: T): T | null {
  const [landed, setLanded] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (landed !== null && Object.is(landed.value, value)) return;
    const timer = window.setTimeout(() => flushSync(() => setLanded({ value })), 0);
    return () => window.clearTimeout(timer);
  }, [value, landed]);
  return landed === null ? null : landed.value;
}
