// Types of scripts/compression.mjs, for the tests that import it.
import type { IncomingMessage, ServerResponse } from "node:http";

export const STATIC_QUALITY: number;
export const DYNAMIC_QUALITY: number;
export const THRESHOLD_BYTES: number;
export const STATIC_CACHE: string;
export const STATIC_PREFIX: string;
export const STATIC_TYPES: Record<string, string>;
export function acceptedCodings(header: string | string[] | undefined): (coding: string) => number;
export function prefersBrotli(header: string | string[] | undefined): boolean;
export function staticFileOf(staticDir: string, url: string): string | null;
export function serveStaticBrotli(
  req: IncomingMessage,
  res: ServerResponse,
  options: { staticDir: string; headers?: [string, string][] },
): boolean;
export const GZIP_LEVEL: number;
export function chooseCoding(header: string | string[] | undefined): "br" | "gzip" | null;
export function compressOnTheFly(req: IncomingMessage, res: ServerResponse, coding: "br" | "gzip"): void;
