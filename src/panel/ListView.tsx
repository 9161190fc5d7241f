import { areas, deposits, depositsIn, getArea, statementsFor } from '../data/dataset';
import { GROUP_LABELS, STAGE_LABELS } from '../map/styles';
import type { Selection } from '../state/selection';
import { formatCoordinate, formatKm2, formatPartialDate } from './format';
import { SelectLink } from './SelectLink';

/** The map as text: every area and every deposit, from the same data, in two tables. */
export default function ListView({ onSelect }: { onSelect: (s: Selection) => void }) {
  return (
    <>
      <p>The same areas and deposits the map draws, as tables. Select a name to read its statements or its record.</p>
      <div className="table-wrap">
        <table>
          <caption>The six areas</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Status</th>
              <th scope="col">Size</th>
              <th scope="col">Deposits</th>
              <th scope="col">Statements</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <SelectLink selection={{ kind: 'area', id: a.id }} onSelect={onSelect}>
                    {a.properties.name}
                  </SelectLink>
                </th>
                <td>{a.properties.kind === 'occupied-ukraine' ? 'Russian-occupied Ukraine (drawn as whole oblasts)' : 'Russian region'}</td>
                <td className="num">{formatKm2(a.properties.areaKm2)}</td>
                <td className="num">{depositsIn(a.id).length}</td>
                <td className="num">{statementsFor(a.id).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table>
          <caption>The deposits</caption>
          <thead>
            <tr>
              <th scope="col">Deposit</th>
              <th scope="col">Area</th>
              <th scope="col">Holds</th>
              <th scope="col">Status</th>
              <th scope="col">Location</th>
            </tr>
          </thead>
          <tbody>
            {deposits.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <SelectLink selection={{ kind: 'deposit', id: d.id }} onSelect={onSelect}>
                    {d.name}
                  </SelectLink>
                </th>
                <td>
                  {d.areaId ? getArea(d.areaId)?.properties.name : `${d.country}, outside the six areas`}
                  {d.occupation && <> ({d.occupation.occupied ? 'occupied' : 'not occupied'} as of {formatPartialDate(d.occupation.asOf)})</>}
                </td>
                <td>
                  {GROUP_LABELS[d.group]}: {d.commodities.join(', ')}
                </td>
                <td>
                  {STAGE_LABELS[d.status.stage]} ({formatPartialDate(d.status.asOf)})
                </td>
                <td>
                  {d.location
                    ? `${formatCoordinate(d.location.lat, d.location.lon)} ±${d.location.precisionKm} km (${d.location.basis})`
                    : 'Location not published'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
