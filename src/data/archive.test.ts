import { describe, expect, it } from 'vitest';
import { archiveUrl } from './archive';

describe('archiveUrl', () => {
  it('puts the whole original URL, query included, after the Wayback Machine prefix', () => {
    expect(archiveUrl('http://en.kremlin.ru/events/president/news/76330')).toBe(
      'https://web.archive.org/web/http://en.kremlin.ru/events/president/news/76330',
    );
    expect(archiveUrl('https://example.org/a?b=1&c=2')).toBe('https://web.archive.org/web/https://example.org/a?b=1&c=2');
  });
});
