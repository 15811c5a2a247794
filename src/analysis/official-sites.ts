// Official U.S. foreign-affairs sites: only their pages can be statements
// (the labeling guide: a reprint on any other site is not one).

/**
 * state.gov, usembassy.gov, usmission.gov, usconsulate.gov (the consulate general in Hong Kong) or usembassy-china.org.cn
 * (the embassy in China), or a subdomain of one, in any case, with or without the root's final dot.
 */
const OFFICIAL_HOST = /(^|\.)((usmission|usembassy|usconsulate|state)\.gov|usembassy-china\.org\.cn)\.?$/i;

/** True for state.gov, its subdomains (archives included), and embassy, consulate and mission sites. */
export const isOfficialHost = (hostname: string): boolean => OFFICIAL_HOST.test(hostname);

/**
 * isOfficialHost for a whole URL; false for anything that does not parse. The pattern is tested here
 * rather than through isOfficialHost, which terser inlines less compactly (4 bytes gzipped).
 */
export function isOfficialUrl(url: string): boolean {
  try {
    return OFFICIAL_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}
