// The Content-Security-Policy of the served pages: only the site's own files, and each
// inline script (Trunk's module loader, or a prerendered page's) allowed by its sha256.
import { createHash } from "node:crypto";

export const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The CSP for a served page: its inline scripts by hash, everything else from 'self'. */
export function servedCsp(html) {
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\bsrc\s*=/.test(attrs))
    .filter(([, attrs]) => {
      const type = (attrs.match(/\btype\s*=\s*"([^"]*)"/) || [])[1];
      return !type || type === "module" || /javascript/.test(type);
    })
    .map(([, , body]) => sha256(body));
  return [
    "default-src 'none'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inline].join(" "),
    "style-src 'self'",
    "img-src 'self'",
    // Recorded answers play from blob: URLs made on the device.
    "media-src 'self' blob:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** `html` with its CSP <meta> recomputed for the inline scripts it now has. */
export function withCsp(html) {
  const meta = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/;
  if (!meta.test(html)) throw new Error("the page has no Content-Security-Policy <meta>");
  const policy = servedCsp(html);
  return html.replace(meta, (_, open, close) => `${open}${policy}${close}`);
}
