import type { TimelineEvent } from '../data/schema';
import { compareIso } from '../data/constants';
import { eventsConcerning, type Place } from '../data/timeline';
import { Suspense } from 'react';
import { useI18nDetails } from '../i18n/I18n';
import { localEvent } from '../i18n/localize';
import type { Selection } from '../state/url';
import { useStaticLinks } from '../ui/LinkMode';
import { SelectLink } from '../ui/SelectLink';
import { Disclosure } from './Disclosure';
import { useTimeline } from './useDepositRecord';

/**
 * "What happened since": the timeline's events that concern a place, each dated and linked to its
 * entry in the timeline. Loads the timeline on demand; says nothing until it has arrived, and
 * nothing at all where no event concerns the place. `folded` (an area's card, where space is
 * short): one line saying how many events and the latest date, opening to the list; `id` is then
 * the disclosure's, so a link to it still shows the list.
 */
export function PlaceEvents({
  places,
  onSelect,
  id,
  folded = false,
}: {
  places: Place[];
  onSelect: (s: Selection) => void;
  id: string;
  folded?: boolean;
}) {
  const isStatic = useStaticLinks();
  const [state] = useTimeline(isStatic);
  if (state.status !== 'ready') return null;
  return (
    // Nothing, too, while the events' translations arrive.
    <Suspense fallback={null}>
      <EventLinks events={state.value} places={places} onSelect={onSelect} id={id} folded={folded} />
    </Suspense>
  );
}

function EventLinks({
  events: all,
  places,
  onSelect,
  id,
  folded,
}: {
  events: TimelineEvent[];
  places: Place[];
  onSelect: (s: Selection) => void;
  id: string;
  folded: boolean;
}) {
  const i18n = useI18nDetails();
  const { t, fmt } = i18n;
  const seen = new Set<string>();
  const events = places.flatMap((p) => eventsConcerning(all, p)).filter((e) => !seen.has(e.id) && seen.add(e.id));
  if (events.length === 0) return null;
  events.sort((a, b) => compareIso(a.date, b.date));
  const list = (
    <ol className="event-links">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.date}>{fmt.partialDate(e.date)}</time>{' '}
          <SelectLink selection={{ kind: 'timeline', event: e.id }} onSelect={onSelect}>
            {localEvent(i18n, e).title}
          </SelectLink>
        </li>
      ))}
    </ol>
  );
  if (folded)
    return (
      <Disclosure id={id} summary={t.card.sinceFolded(events.length, fmt.partialDate(events.at(-1)!.date))}>
        {list}
      </Disclosure>
    );
  return (
    <section aria-labelledby={`${id}-heading`} className="place-events">
      <h3 id={`${id}-heading`}>{t.card.since}</h3>
      {list}
    </section>
  );
}
