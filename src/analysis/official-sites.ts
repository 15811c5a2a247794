// Official U.S. foreign-affairs sites: only their pages can be statements
// (the labeling guide: a reprint on any other site is not one).

const OFFICIAL_SUFFIXES = ['state.gov', 'usembassy.gov', 'usmission.gov'];

/** True for state.gov, its subdomains (archives included), and embassy and mission sites. */
export function isOfficialHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return OFFICIAL_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

/** isOfficialHost for a whole URL; false for anything that does not parse. */
export function isOfficialUrl(url: string): boolean {
  try {
    return isOfficialHost(new URL(url).hostname);
  } catch {
    return false;
  }
}
