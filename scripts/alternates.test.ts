import { describe, expect, it } from 'vitest';
import { alternateLinks } from './alternates.mjs';

const LANGS = ['en', 'uk', 'ru'];

describe('alternateLinks', () => {
  it('writes none where the published address is not known: relative hreflang links are invalid', () => {
    expect(alternateLinks(null, LANGS, 'en', 'index.html')).toEqual([]);
  });

  it('gives every language and the default as absolute addresses, the root language at the root', () => {
    expect(alternateLinks('https://example.org/maps/rare-earths/', LANGS, 'en', 'index.html')).toEqual([
      '<link rel="alternate" hreflang="en" href="https://example.org/maps/rare-earths/" />',
      '<link rel="alternate" hreflang="uk" href="https://example.org/maps/rare-earths/uk/" />',
      '<link rel="alternate" hreflang="ru" href="https://example.org/maps/rare-earths/ru/" />',
      '<link rel="alternate" hreflang="x-default" href="https://example.org/maps/rare-earths/" />',
    ]);
  });

  it('points a page other than the index at the same page in each language', () => {
    expect(alternateLinks('https://example.org/', LANGS, 'en', 'text.html')).toContain(
      '<link rel="alternate" hreflang="uk" href="https://example.org/uk/text.html" />',
    );
  });
});
