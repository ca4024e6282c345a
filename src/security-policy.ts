/**
 * The built app runs under a strict Content-Security-Policy: only its own
 * scripts and styles (and workers, which fall back to script-src), no network
 * beyond its origin, no plugins. Builds carry it as a <meta> tag; whatever
 * serves the built app (`npm start`, the desk server) sends it as a header too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * What only a header can say (a <meta> policy cannot carry frame-ancestors):
 * no page, not even one of this origin, may frame the app, so a hostile site
 * cannot overlay it to trick a reviewer's clicks; and files are read as the
 * type they are served as, never sniffed into a script or a page.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
} as const;
