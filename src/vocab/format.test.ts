import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages/en';
import { formatsFor } from './format';

const fmt = formatsFor('en-GB', en);

describe('format', () => {
  it('formats dates with the weekday, in UTC', () => {
    expect(fmt.date('2025-02-24')).toBe('Monday 24 February 2025');
    expect(fmt.date('2025-02-25')).toBe('Tuesday 25 February 2025');
  });

  it('formats partial dates at their own precision', () => {
    expect(fmt.partialDate('2020')).toBe('2020');
    expect(fmt.partialDate('2023-11')).toBe('November 2023');
    expect(fmt.partialDate('2025-03-07')).toBe('7 March 2025');
  });

  it('formats sizes and coordinates', () => {
    expect(fmt.km2(3053172)).toBe('3,053,172 km²');
    expect(fmt.coordinate(71, 116.58333)).toBe('71.0000° N, 116.5833° E');
    expect(fmt.coordinate(-1.5, -70.25)).toBe('1.5000° S, 70.2500° W');
    expect(en.count.deposits(1)).toBe('1 deposit');
    expect(en.count.deposits(0)).toBe('0 deposits');
  });
});
