import { describe, expect, it } from 'vitest';
import { formatCoordinate, formatDate, formatKm2, formatPartialDate, plural } from './format';

describe('format', () => {
  it('formats dates with the weekday, in UTC', () => {
    expect(formatDate('2025-02-24')).toBe('Monday 24 February 2025');
    expect(formatDate('2025-02-25')).toBe('Tuesday 25 February 2025');
  });
  it('formats partial dates at their own precision', () => {
    expect(formatPartialDate('2020')).toBe('2020');
    expect(formatPartialDate('2023-11')).toBe('November 2023');
    expect(formatPartialDate('2025-03-07')).toBe('7 March 2025');
  });
  it('formats sizes and coordinates', () => {
    expect(formatKm2(3053172)).toBe('3,053,172 km²');
    expect(formatCoordinate(71, 116.58333)).toBe('71.0000° N, 116.5833° E');
    expect(formatCoordinate(-1.5, -70.25)).toBe('1.5000° S, 70.2500° W');
    expect(plural(1, 'deposit')).toBe('1 deposit');
    expect(plural(0, 'deposit')).toBe('0 deposits');
  });
});
