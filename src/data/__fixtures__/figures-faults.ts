/**
 * Bad-figure fixtures: each takes a copy of data/figures.json, breaks one thing, and names the
 * message the validator must give. The unit tests check each message; the build test checks that
 * each makes `scripts/build-data.ts` fail.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type FigureFault = { name: string; breakIt: (raw: Json) => void; message: string };

const series = (raw: Json, id: string) => (raw.series as Json[]).find((s) => s.id === id)!;
const russian = (raw: Json, id: string) => (raw.russian as Json[]).find((s) => s.id === id)!;
const deposit = (raw: Json, id: string) => (raw.deposits as Json[]).find((s) => s.id === id)!;

export const FIGURE_FAULTS: FigureFault[] = [
  {
    name: 'a USGS column without a unit',
    breakIt: (raw) => delete series(raw, 'usgs-2026-reserves').unit,
    message: 'data/figures.json: usgs-2026-reserves: unit: must name a unit: "t-reo", "t-tr2o3" or "t-rem"',
  },
  {
    name: 'a Russian figure with an unknown unit',
    breakIt: (raw) => (russian(raw, 'rosnedra-russia').unit = 'Mt'),
    message: 'data/figures.json: rosnedra-russia: unit: must name a unit: "t-reo", "t-tr2o3" or "t-rem"',
  },
  {
    name: 'a USGS column without a source',
    breakIt: (raw) => delete series(raw, 'usgs-2026-production-2025').publication,
    message: 'data/figures.json: usgs-2026-production-2025: publication: Invalid input: expected string, received undefined',
  },
  {
    name: 'a USGS column citing a publication that is not listed',
    breakIt: (raw) => (series(raw, 'usgs-2025-reserves').publication = 'usgs-mcs-2019'),
    message: 'data/figures.json: usgs-2025-reserves: publication: no publication "usgs-mcs-2019"',
  },
  {
    name: 'a Russian figure without a source',
    breakIt: (raw) => delete russian(raw, 'rosnedra-tomtor').publication,
    message: 'data/figures.json: rosnedra-tomtor: publication: Invalid input: expected string, received undefined',
  },
  {
    name: 'a publication without a URL',
    breakIt: (raw) => (raw.publications[0].url = 'pubs.usgs.gov'),
    message: 'data/figures.json: usgs-mcs-2026: url: must be an http(s) URL',
  },
  {
    name: 'a deposit figure whose words are not in its deposit record',
    breakIt: (raw) => (deposit(raw, 'lovozero-abc1').from = '2,700 kt REE2O3'),
    message:
      'data/figures.json: lovozero-abc1: from: does not occur in the resources of "lovozero" in data/deposits.json, so the figure has no source',
  },
  {
    name: 'a deposit figure for a deposit that does not exist',
    breakIt: (raw) => (deposit(raw, 'afrikanda-p2').depositId = 'atlantis'),
    message: 'data/figures.json: afrikanda-p2: depositId: no deposit "atlantis" in data/deposits.json',
  },
  {
    name: 'a year that is not a year',
    breakIt: (raw) => (series(raw, 'usgs-2026-production-2024').year = 24),
    message: 'data/figures.json: usgs-2026-production-2024: year: must be a year from 1990',
  },
  {
    name: 'a mistyped country figure that no longer adds up to the world total',
    breakIt: (raw) => (series(raw, 'usgs-2026-production-2025').rows.find((r: Json) => r.country === 'China').value = 27000),
    message:
      'data/figures.json: usgs-2026-production-2025: world: the rows add up to 146310, more than 5% away from the rounded total 390000',
  },
  {
    name: 'a column without Russia',
    breakIt: (raw) => {
      const s = series(raw, 'usgs-2025-production-2024');
      s.rows = s.rows.filter((r: Json) => r.country !== 'Russia');
    },
    message: 'data/figures.json: usgs-2025-production-2024: rows: has no row for Russia',
  },
  {
    name: 'a statement that does not exist',
    breakIt: (raw) => raw.statements.push('putin-moon'),
    message: 'data/figures.json: (file): statements.2: no statement "putin-moon" in data/statements.json',
  },
  {
    name: 'a negative tonnage',
    breakIt: (raw) => (russian(raw, 'rosnedra-lovozero').value = -7000000),
    message: 'data/figures.json: rosnedra-lovozero: value: Too small: expected number to be >0',
  },
];
