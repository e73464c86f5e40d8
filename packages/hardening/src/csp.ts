// The strict Content-Security-Policy the CSP suite serves: what an intranet page that takes security seriously sends.

/** `lit-html` is the Trusted Types policy Lit creates (lit-html.js: `trustedTypes.createPolicy('lit-html', …)`); Plankit needs no other. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
