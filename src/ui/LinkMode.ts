import { createContext, useContext } from 'react';

/**
 * How in-page links are written. The app writes `?area=sakha` and selects in place; the prerendered
 * page (read without JavaScript) holds every area at once, so it links to `#area-sakha` instead.
 */
export const StaticLinks = createContext(false);

export function useStaticLinks() {
  return useContext(StaticLinks);
}
