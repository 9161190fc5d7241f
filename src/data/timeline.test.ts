import { describe, expect, it } from 'vitest';
import { readRawData } from './read-data';
import { eventsConcerning } from './timeline';
import { validate } from './validate';

const result = validate(readRawData());
if (!result.ok) throw new Error(result.errors.join('\n'));
const { timeline } = result.dataset;
const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe('eventsConcerning', () => {
  it('finds a deposit\'s events by its id, oldest first', () => {
    expect(ids(eventsConcerning(timeline, { depositId: 'shevchenkivske' }))).toEqual([
      'shevchenko-capture-claimed',
      'shevchenko-capture-denied',
    ]);
  });

  it('finds an area\'s events by the area named, and a country\'s by the country', () => {
    expect(ids(eventsConcerning(timeline, { areaId: 'sakha' }))).toContain('rosneft-takes-tomtor');
    const ukraine = ids(eventsConcerning(timeline, { country: 'Ukraine' }));
    expect(ukraine).toContain('dobra-winner-selected');
    expect(ukraine).not.toContain('rosneft-takes-tomtor');
  });

  it('finds nothing for a place no event names', () => {
    expect(eventsConcerning(timeline, { depositId: 'karasug' })).toEqual([]);
  });
});
