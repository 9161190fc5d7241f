import { useEffect, useRef } from 'react';
import type { TimelineEvent } from '../data/schema';
import { useI18nDetails, useT } from '../i18n/I18n';
import { localEvent } from '../i18n/localize';
import { placeLinks } from './place-links';
import { timeline } from '../i18n/messages/timeline';
import { useSection } from '../i18n/sections';
import type { Selection } from '../state/url';
import { LoadFailed } from '../ui/LoadFailed';
import { useStaticLinks } from '../ui/LinkMode';
import { SelectLink } from '../ui/SelectLink';
import { SourceList } from './SourceList';
import { useTimeline } from './useDepositRecord';
import { Glossed } from '../ui/Glossed';

type TimelineProps = { selected: string | null; onSelect: (s: Selection) => void };

/** What happened since the offer, once the timeline's file has loaded. */
export default function TimelineView({ selected, onSelect }: TimelineProps) {
  const t = useT();
  const [state, retry] = useTimeline();
  if (state.status === 'loading') return <p className="note">{t.load.loading(t.load.timeline)}</p>;
  if (state.status === 'error') return <LoadFailed what={t.load.timeline} onRetry={retry} />;
  return <Timeline events={state.value} selected={selected} onSelect={onSelect} />;
}

/**
 * Every event, oldest first, each with its date, what happened, its quotes exactly as the sources
 * give them, the places it concerns (links that select them) and its sources. Choosing an event
 * ("Show on the map") makes it the selection, `?show=timeline&event=<id>`, so the map shows its places.
 */
export function Timeline({ events, selected, onSelect }: { events: TimelineEvent[] } & TimelineProps) {
  const tl = useSection(timeline);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!selected) return;
    // After the panel's own move to its top on a new selection, which runs after this child's effect.
    const frame = requestAnimationFrame(() =>
      list.current?.querySelector(`#event-${CSS.escape(selected)}`)?.scrollIntoView({ block: 'start' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [selected]);
  return (
    <>
      <p>{tl.intro}</p>
      <ol className="timeline" ref={list}>
        {events.map((e) => (
          <EventItem key={e.id} event={e} selected={e.id === selected} onSelect={onSelect} />
        ))}
      </ol>
    </>
  );
}

function EventItem({
  event,
  selected,
  onSelect,
}: {
  event: TimelineEvent;
  selected: boolean;
  onSelect: (s: Selection) => void;
}) {
  const i18n = useI18nDetails();
  const { t, fmt } = i18n;
  const tl = timeline[i18n.lang];
  const e = localEvent(i18n, event);
  const isStatic = useStaticLinks();
  const places = placeLinks(i18n, e);
  return (
    <li
      id={`event-${e.id}`}
      className={`timeline-event${selected ? ' timeline-event--selected' : ''}`}
      aria-current={selected || undefined}
    >
      <p className="timeline-date">
        <time dateTime={e.date}>{fmt.partialDate(e.date)}</time>
        {e.dateNote && (
          <span className="note">
            {' '}
            <Glossed text={tl.dateNote(e.dateNote)} lang={i18n.lang} />
          </span>
        )}
      </p>
      <h3 className="timeline-title">{e.title}</h3>
      <p>
        <Glossed text={e.summary} lang={i18n.lang} />
      </p>
      {/* A reader of Ukrainian or Russian meets the speaker's own words first, the English translation after. */}
      {(i18n.lang === 'en' ? e.quotes : [...e.quotes].sort((a, b) => +(a.lang === 'en') - +(b.lang === 'en'))).map(
        (q) => (
          <figure className="key-quote" key={q.text}>
            <blockquote cite={q.sourceUrl} lang={q.lang}>
              <p>{q.text}</p>
            </blockquote>
            <figcaption>{q.speaker}</figcaption>
          </figure>
        ),
      )}
      {(places.length > 0 || e.countries.length > 0) && (
        <p className="timeline-places">
          {tl.places}{' '}
          {places.map((p, i) => (
            <span key={p.key}>
              {i > 0 && ', '}
              <SelectLink selection={p.selection} onSelect={onSelect}>
                {p.name}
              </SelectLink>
            </span>
          ))}
          {e.countries.map((c, i) => (
            <span key={c}>
              {(places.length > 0 || i > 0) && ', '}
              {t.countryWhole[c]}
            </span>
          ))}
          {!isStatic && places.length > 0 && (
            <>
              {' · '}
              {selected ? (
                <strong>{tl.selected}</strong>
              ) : (
                <SelectLink selection={{ kind: 'timeline', event: e.id }} onSelect={onSelect} className="show-on-map">
                  {tl.show}
                </SelectLink>
              )}
            </>
          )}
        </p>
      )}
      <SourceList sources={e.sources} label={tl.sources} />
    </li>
  );
}
