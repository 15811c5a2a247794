// The key that ties a note to its statement wherever the statement is read:
// the same release on www.state.gov, on state.gov, on an archive host
// (2021-2025.state.gov, 2017-2021.state.gov) or under another office
// segment of the release path (/releases/<office>/YYYY/MM/<slug>/) gets
// one key. Scheme, "www.", query, hash and trailing slash never matter.

/** Archive hosts that kept the release paths of www.state.gov (the 2009-2017 archive has its own ids). */
const MIRRORING_ARCHIVE = /^(?:2021-2025|2017-2021)\.state\.gov$/;
const RELEASE_PATH = /^releases\/[^/]+\/\d{4}\/\d{2}\/([^/]+)$/;

function normalHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

function normalPath(pathname: string): string {
  return pathname
    .replace(/\/index\.html?$/i, '/')
    .split('/')
    .filter((segment) => segment !== '')
    .join('/');
}

/** The document key of `url`; a string that is not a URL is its own key. */
export function documentKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.trim();
  }
  const host = normalHost(parsed.hostname);
  const path = normalPath(parsed.pathname);
  if (host === 'state.gov' || MIRRORING_ARCHIVE.test(host)) {
    const lower = path.toLowerCase();
    // A release's slug names it; the office segment and the date folders have moved over the years.
    const slug = RELEASE_PATH.exec(lower)?.[1] ?? (lower.includes('/') ? null : lower);
    return slug ? `state.gov/${slug}` : `state.gov/${lower}`;
  }
  return path ? `${host}/${path}` : host;
}
