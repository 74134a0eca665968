/**
 * The renderer's Content Security Policy (Electron security checklist item 7). The app://
 * handler sends it as a header on every response, and renderer/index.html carries the same text
 * in its meta tag (a test keeps the two equal), so the page is covered however it is loaded.
 */

/**
 * Only our own files: no inline script, no eval, no remote content, no plugins, no forms. The one
 * hash in style-src is the SHA-256 of the empty string: it allows only EMPTY <style> elements,
 * which Fluent UI (Griffel) creates and fills through the CSSOM (sheet.insertRule), which CSP does
 * not govern; a <style> with text in it, or a style attribute in markup, stays blocked.
 */
export const RENDERER_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Headers of every app:// response besides the content type. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};
