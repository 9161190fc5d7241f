/**
 * The page as real HTML, for readers without JavaScript and for indexing: the overview, then every
 * area with its statements and deposits. scripts/prerender.mjs puts it inside #root of the built
 * index.html; the app then replaces it with the interactive map. No Leaflet here: it needs a window.
 */
import { renderToString } from 'react-dom/server';
import { Credits } from './Credits';
import { areas } from './data/dataset';
import { AreaCard } from './panel/AreaCard';
import { StaticLinks } from './panel/LinkMode';
import { Overview } from './panel/Overview';
import { OVERVIEW_TITLE } from './panel/titles';

const ignore = () => {};

function StaticPage() {
  return (
    <StaticLinks value>
      <div className="app app--static">
        <header className="masthead">
          <h1>Russia’s rare-earth offer: the regions, the deposits, and what was said</h1>
        </header>
        <div className="map-wrap map-wrap--static">
          <p className="static-map-note">The map is loading. It needs JavaScript; everything it shows is also written out here.</p>
        </div>
        <aside className="panel" id="panel" aria-labelledby="panel-title">
          <div className="panel-body">
            <h2 id="panel-title" tabIndex={-1}>
              {OVERVIEW_TITLE}
            </h2>
            <Overview onSelect={ignore} />
            {areas.map((area) => (
              <section key={area.id} id={`area-${area.id}`} className="static-area" aria-labelledby={`area-${area.id}-title`}>
                <h2 id={`area-${area.id}-title`}>{area.properties.name}</h2>
                <AreaCard area={area} onSelect={ignore} statementLinks />
              </section>
            ))}
          </div>
        </aside>
        <Credits />
      </div>
    </StaticLinks>
  );
}

export function render(): string {
  return renderToString(<StaticPage />);
}
