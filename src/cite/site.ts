/**
 * What a deployer sets about their copy of the map, in `site.config.json` at the repository's root
 * (see the README): who publishes it, and the version and date of the release. The build bundles
 * the file, so every citation of this build names the same publisher and date, whatever the day a
 * reader looks at it. An outlet that hosts its own copy puts its own name there.
 */
import config from '../../site.config.json';

export type SiteConfig = {
  /** Who publishes this copy of the map: a person, an outlet or a project. */
  publisher: string;
  /**
   * The address the root page is published at, ending in '/' (e.g. "https://example.org/rare-earths/"),
   * or null where it is not known: the build then writes no hreflang links, which must be absolute.
   */
  url: string | null;
  /** The release: a version (e.g. "1.2.0") and the day it was published, YYYY-MM-DD. */
  release: { version: string; date: string };
};

export const SITE: SiteConfig = config;
