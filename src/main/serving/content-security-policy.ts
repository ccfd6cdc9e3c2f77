/**
 * The renderer's CSP, sent as a header on every app:// response (a header cannot be removed
 * by injected markup, unlike a meta tag). Inline styles are allowed because React's `style`
 * props need them; inline and remote scripts are not.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
