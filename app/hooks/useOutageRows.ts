"use client";

import { useCallback, useState } from "react";
import { outagesText, readOutages, type OutageRow } from "@/lib/form";

const EMPTY: OutageRow = { from: "", to: "", cost: "" };

/**
 * The outage list's rows as typed. The link's text (`out`) is the truth; a row just added and
 * still empty lives only here until something is typed into it. A text that changes from outside
 * (a preset, back and forward) replaces the rows.
 */
export function useOutageRows(text: string, onText: (text: string) => void) {
  const [rows, setRows] = useState<OutageRow[]>(() => readOutages(text));
  const [seen, setSeen] = useState(text);
  if (text !== seen) {
    setSeen(text);
    if (outagesText(rows) !== text) setRows(readOutages(text));
  }

  const write = useCallback(
    (next: OutageRow[]) => {
      setRows(next);
      const t = outagesText(next);
      setSeen(t);
      onText(t);
    },
    [onText],
  );

  const add = useCallback(() => write([...rows, EMPTY]), [rows, write]);
  const remove = useCallback((i: number) => write(rows.filter((_, j) => j !== i)), [rows, write]);
  const edit = useCallback(
    (i: number, part: keyof OutageRow, value: string) => write(rows.map((r, j) => (j === i ? { ...r, [part]: value } : r))),
    [rows, write],
  );

  return { rows, add, remove, edit };
}
