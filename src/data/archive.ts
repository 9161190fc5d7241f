/**
 * The Wayback Machine's address for a web page: it redirects to the capture nearest to now, so a
 * source whose original has gone is still reachable. Derived rather than stored, so it can never
 * disagree with the source's own URL.
 */
export function archiveUrl(url: string): string {
  return `https://web.archive.org/web/${url}`;
}
