import type { TimelineEvent } from '../data/schema';
import { eventsConcerning, type Place } from '../data/timeline';
import { Suspense } from 'react';
import { useI18nDetails } from '../i18n/I18n';
import { localEvent } from '../i18n/localize';
import type { Selection } from '../state/url';
import { useStaticLinks } from '../ui/LinkMode';
import { SelectLink } from '../ui/SelectLink';
import { useTimeline } from './useDepositRecord';

/**
 * "What happened since": the timeline's events that concern a place, each dated and linked to its
 * entry in the timeline. Loads the timeline on demand; says nothing until it has arrived, and
 * nothing at all where no event concerns the place.
 */
export function PlaceEvents({
  places,
  onSelect,
  id,
}: {
  places: Place[];
  onSelect: (s: Selection) => void;
  id: string;
}) {
  const isStatic = useStaticLinks();
  const [state] = useTimeline(isStatic);
  if (state.status !== 'ready') return null;
  return (
    // Nothing, too, while the events' translations arrive.
    <Suspense fallback={null}>
      <EventLinks events={state.value} places={places} onSelect={onSelect} id={id} />
    </Suspense>
  );
}

function EventLinks({
  events: all,
  places,
  onSelect,
  id,
}: {
  events: TimelineEvent[];
  places: Place[];
  onSelect: (s: Selection) => void;
  id: string;
}) {
  const i18n = useI18nDetails();
  const { t, fmt } = i18n;
  const seen = new Set<string>();
  const events = places.flatMap((p) => eventsConcerning(all, p)).filter((e) => !seen.has(e.id) && seen.add(e.id));
  if (events.length === 0) return null;
  events.sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section aria-labelledby={`${id}-heading`} className="place-events">
      <h3 id={`${id}-heading`}>{t.card.since}</h3>
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
    </section>
  );
}
