import { generic } from './generic';
import type { SiteAdapter } from './site-adapter';
import { stateGov } from './state-gov';

/** Most specific first; the generic adapter takes whatever is left. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [stateGov, generic];

export function adapterFor(url: URL, doc: Document): SiteAdapter {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(url, doc)) ?? generic;
}
