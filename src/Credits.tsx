import { useT } from './i18n/I18n';

/** The sources of the boundaries and the map, with their licences; shorter in an embed, same facts. */
export function Credits({ compact = false }: { compact?: boolean }) {
  const { credits: c } = useT();
  if (compact) return <footer className="credits">{c.compact}</footer>;
  return (
    <footer className="credits">
      {c.boundaries} <a href="https://www.naturalearthdata.com/">{c.naturalEarth}</a> {c.publicDomain}{' '}
      <a href="https://leafletjs.com/">{c.leaflet}</a> {c.leafletLicence}
    </footer>
  );
}
