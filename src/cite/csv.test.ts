import { describe, expect, it } from 'vitest';
import { parseCsv } from './__fixtures__/parse-csv';
import { BOM, csvField, toCsv } from './csv';

describe('csvField', () => {
  it('leaves plain text alone and quotes only what must be quoted', () => {
    expect(csvField('Tomtor')).toBe('Tomtor');
    expect(csvField('Nb, REE')).toBe('"Nb, REE"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('the "new territories"')).toBe('"the ""new territories"""');
  });

  it('keeps Cyrillic as it is', () => {
    expect(csvField('Ловозерское месторождение')).toBe('Ловозерское месторождение');
  });

  it('writes numbers, booleans, empty values and arrays', () => {
    expect(csvField(71.05)).toBe('71.05');
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(['REE', 'Nb', 'Ta'])).toBe('REE; Nb; Ta');
    expect(csvField([])).toBe('');
  });

  it('stops a spreadsheet from reading text as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvField('+7 (495) 000')).toBe("'+7 (495) 000");
    expect(csvField('-12.5')).toBe("'-12.5");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField(['=1', 'b'])).toBe("'=1; b");
    // Only at the start, and never for numbers.
    expect(csvField('a=b-c')).toBe('a=b-c');
    expect(csvField(-3)).toBe('-3');
  });
});

describe('toCsv', () => {
  const csv = toCsv(
    ['id', 'name', 'lat', 'note'],
    [
      { id: 'lovozero', name: 'Ловозерское месторождение', lat: 67.85, note: 'massif, not a mine' },
      { id: 'karasug', name: null, lat: undefined, note: 'said "none"\r\npublished' },
    ],
  );

  it('starts with a byte order mark and ends every record with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe(
      'id,name,lat,note\r\nlovozero,Ловозерское месторождение,67.85,"massif, not a mine"\r\nkarasug,,,"said ""none""\r\npublished"\r\n',
    );
  });

  it('reads back with an RFC 4180 parser', () => {
    expect(parseCsv(csv.slice(1))).toEqual([
      ['id', 'name', 'lat', 'note'],
      ['lovozero', 'Ловозерское месторождение', '67.85', 'massif, not a mine'],
      ['karasug', '', '', 'said "none"\r\npublished'],
    ]);
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe(`${BOM}a,b\r\n`);
  });
});
