import { areas, deposits, depositsIn, getArea, statementsFor } from '../data/dataset';
import { useI18n } from '../i18n/I18n';
import { listView } from '../i18n/messages/list-view';
import { useSection } from '../i18n/sections';
import { areaName, depositName } from '../i18n/localize';
import type { Selection } from '../state/url';
import { SelectLink } from '../ui/SelectLink';

/** The map as text: every area and every deposit, from the same data, in two tables. */
export default function ListView({ onSelect }: { onSelect: (s: Selection) => void }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const l = useSection(listView);
  return (
    <div className="list-view">
      <p>{l.intro}</p>
      <div className="table-wrap">
        <table>
          <caption>{l.areasCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{l.area}</th>
              <th scope="col">{l.status}</th>
              <th scope="col">{l.size}</th>
              <th scope="col">{l.deposits}</th>
              <th scope="col">{l.statements}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <SelectLink selection={{ kind: 'area', id: a.id }} onSelect={onSelect}>
                    {areaName(i18n, a)}
                  </SelectLink>
                </th>
                <td data-label={l.status}>
                  {a.properties.kind === 'occupied-ukraine' ? t.area.occupiedUkraineDrawn : t.area.russianRegion}
                </td>
                <td className="num" data-label={l.size}>
                  {fmt.km2(a.properties.areaKm2)}
                </td>
                <td className="num" data-label={l.deposits}>
                  {fmt.number(depositsIn(a.id).length)}
                </td>
                <td className="num" data-label={l.statements}>
                  {fmt.number(statementsFor(a.id).length)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table>
          <caption>{l.depositsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{l.deposit}</th>
              <th scope="col">{l.area}</th>
              <th scope="col">{l.holds}</th>
              <th scope="col">{l.status}</th>
              <th scope="col">{l.location}</th>
            </tr>
          </thead>
          <tbody>
            {deposits.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <SelectLink selection={{ kind: 'deposit', id: d.id }} onSelect={onSelect}>
                    {depositName(i18n, d)}
                  </SelectLink>
                </th>
                <td data-label={l.area}>
                  {d.areaId ? areaName(i18n, getArea(d.areaId)!) : t.deposit.outsideSix(t.country[d.country])}
                  {d.occupation &&
                    ` (${t.deposit.occupiedAsOfLower(d.occupation.occupied, fmt.partialDate(d.occupation.asOf))})`}
                </td>
                <td data-label={l.holds}>
                  {t.group[d.group]}: {d.commodities.join(', ')}
                </td>
                <td data-label={l.status}>
                  {t.deposit.stageDated(t.stage[d.status.stage], fmt.partialDate(d.status.asOf))}
                </td>
                <td data-label={l.location}>
                  {d.location
                    ? `${fmt.coordinate(d.location.lat, d.location.lon)} ±${t.units.km(fmt.number(d.location.precisionKm))} (${t.basisShort[d.location.basis]})`
                    : t.deposit.notPublishedTag}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
