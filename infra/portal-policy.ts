/**
 * The portal's security headers: the same policy on CloudFront (ResponseHeadersPolicy) and on
 * the local stack's portal server, so the end-to-end tests run the app under the policy AWS
 * serves it with.
 */
export interface PortalPolicyOptions {
  /** Origins the app calls: the API, and the storage that presigned uploads and downloads go to. */
  readonly connect: readonly string[];
  /** Upgrade any http: request to https: (in AWS; not on the local stack's loopback http). */
  readonly upgradeInsecureRequests: boolean;
}

/**
 * Scripts, styles, fonts and the PDF worker come from the site itself only; nothing inline, no
 * eval, no WebAssembly (pdf.js runs with useWasm false); images also from blob:/data: and
 * the presigned storage URLs; no framing, no plugins, forms post nowhere else.
 */
export function contentSecurityPolicy(options: PortalPolicyOptions): string {
  const connect = ["'self'", ...options.connect].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob: ${options.connect.join(' ')}`,
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.upgradeInsecureRequests ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** The security headers besides the CSP, as CloudFront names them. */
export const PORTAL_HEADERS = {
  referrerPolicy: 'strict-origin-when-cross-origin',
  frameOptions: 'DENY',
  hstsMaxAgeSeconds: 63_072_000,
} as const;
