/**
 * The Content-Security-Policy of every page: scripts only from this origin and only with the
 * request's nonce (Next.js puts it on its own bootstrap scripts when it finds it in the request's
 * policy), and nothing at all from elsewhere. Styles keep 'unsafe-inline' for the charts' style
 * attributes, which a nonce cannot cover. Development adds 'unsafe-eval' and websockets for fast refresh.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce: 16 random bytes in base64 (128 bits, never reused). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let text = "";
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}
