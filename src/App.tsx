import { Credits } from './Credits';
import { HatchPattern } from './map/Legend';
import { MapView } from './map/MapView';
import { Panel } from './panel/Panel';
import { useSelection } from './state/useSelection';

export function App() {
  const [{ selection, notice }, select] = useSelection();
  return (
    <div className="app">
      <HatchPattern />
      <header className="masthead">
        <h1>Russia’s rare-earth offer: the regions, the deposits, and what was said</h1>
      </header>
      <MapView selection={selection} onSelect={select} />
      <Panel selection={selection} notice={notice} onSelect={select} />
      <Credits />
    </div>
  );
}
