import { stateArchive2009to2017 } from './archive-2009-2017';
import { stateArchive2017to2025 } from './archive-2017-2025';
import { embassy } from './embassy';
import { generic } from './generic';
import type { SiteAdapter } from './site-adapter';
import { stateGov } from './state-gov';

/** Most specific first; the generic adapter takes whatever is left. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [stateGov, stateArchive2017to2025, stateArchive2009to2017, embassy, generic];

export function adapterFor(url: URL, doc: Document): SiteAdapter {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(url, doc)) ?? generic;
}
