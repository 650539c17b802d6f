// Types of scripts/precompress.mjs, for the tests that import it.
export function precompress(dir?: string): Promise<{ files: number; before: number; after: number }>;
