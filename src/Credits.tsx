import { useT } from './i18n/I18n';

/**
 * The sources of the boundaries and the map, with their licences. In an embed, one line names the
 * sources and the rest (licences, the packages they come through) opens over the map on a click.
 */
export function Credits({ compact = false }: { compact?: boolean }) {
  const { credits: c } = useT();
  if (compact)
    return (
      <footer className="credits credits--compact">
        <details>
          <summary>
            <span className="credits-names">{c.compactNames}</span>
            <span className="credits-more">{c.compactMore}</span>
          </summary>
          <p className="credits-full">{c.compact}</p>
        </details>
      </footer>
    );
  return (
    <footer className="credits">
      {c.boundaries} <a href="https://www.naturalearthdata.com/">{c.naturalEarth}</a> {c.publicDomain}{' '}
      <a href="https://leafletjs.com/">{c.leaflet}</a> {c.leafletLicence}
    </footer>
  );
}
