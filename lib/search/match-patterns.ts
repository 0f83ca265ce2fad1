/**
 * Manifest match patterns for the registry's hosts: one per exact host, no wildcards in the
 * host, so the extension asks for exactly the sites it knows. `*://` covers http and https
 * (and nothing else), as `extractQuery` does: a search over plain http must be caught too.
 */
import { SITES } from './registry';

export function matchPatterns(sites = SITES): string[] {
  return [...new Set(sites.flatMap((site) => site.hosts))].map((host) => `*://${host}/*`);
}
