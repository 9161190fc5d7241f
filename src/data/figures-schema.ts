/**
 * The schema of data/figures.json: USGS's world tables, Russia's own reserve figures, and the
 * deposits' figures that can be set beside them. Every figure names its unit and its source;
 * scripts/build-data.ts checks the file before a build, so the browser never ships this validator.
 */
import { z } from 'zod';
import { HttpUrl, PartialDate, type Source } from './schema';
import { FIGURE_BASES, FIGURE_UNITS, MEASURES } from './figures-constants';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case');
const Tonnes = z.number().nonnegative('must not be negative').finite();
const Year = z.number().int().min(1990, 'must be a year from 1990').max(2100, 'must be a year before 2100');

export const FigureUnit = z.enum(FIGURE_UNITS, 'must name a unit: "t-reo", "t-tr2o3" or "t-rem"');

export const Publication = z.object({
  id: Id,
  kind: z.enum(['primary', 'wire']),
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** The table and page a figure is read from; null for an interview. */
  table: z.string().min(1).nullable(),
  published: PartialDate,
  /** Which revision was read, and what it changed. */
  version: z.string().min(1).nullable(),
  url: HttpUrl,
  /** The publisher's machine-readable release of the same figures. */
  dataUrl: HttpUrl.nullable(),
  notes: z.array(z.string().min(1)),
});
export type Publication = z.infer<typeof Publication>;

/** One row of a USGS table: null where USGS prints NA (not available); 0 where it prints a dash. */
export const CountryValue = z.object({
  country: z.string().min(1),
  value: Tonnes.nullable(),
  note: z.string().min(1).nullable(),
});
export type CountryValue = z.infer<typeof CountryValue>;

/** One column of a USGS table: one measure for one year, by country. */
export const Series = z.object({
  id: Id,
  publication: Id,
  measure: z.enum(MEASURES),
  year: Year,
  unit: FigureUnit,
  estimated: z.boolean(),
  note: z.string().min(1).nullable(),
  rows: z.array(CountryValue).min(1),
  /** USGS's "Other countries" row, not a country; null where USGS prints NA. */
  other: Tonnes.nullable(),
  /** The world total as printed: rounded, or a lower bound (">90,000,000"). */
  world: z.object({ value: Tonnes.positive(), bound: z.enum(['rounded', 'more-than']) }),
});
export type Series = z.infer<typeof Series>;

/** A reserve figure given by Russian officials, for the country or one deposit. */
export const RussianFigure = z.object({
  id: Id,
  label: z.string().min(1),
  depositId: Id.nullable(),
  value: Tonnes.positive(),
  approximate: z.boolean(),
  unit: FigureUnit,
  basis: z.enum(FIGURE_BASES),
  asOf: PartialDate,
  said: z.string().min(1),
  publication: Id,
  note: z.string().min(1).nullable(),
});
export type RussianFigure = z.infer<typeof RussianFigure>;

/**
 * A deposit's own figure, taken from its record in data/deposits.json: `from` is the words of the
 * record's resource line it comes from, and that line's source is the figure's source.
 */
export const DepositFigure = z.object({
  id: Id,
  label: z.string().min(1),
  depositId: Id,
  value: Tonnes.positive(),
  approximate: z.boolean(),
  unit: FigureUnit,
  basis: z.enum(FIGURE_BASES),
  asOf: PartialDate.nullable(),
  from: z.string().min(1),
  /** How the value was worked out from the record's numbers; null where the record gives it as is. */
  computed: z.string().min(1).nullable(),
});
export type DepositFigure = z.infer<typeof DepositFigure>;

export const FiguresFile = z.object({
  /** The statements whose claims these figures test; their panels say how the claim compares. */
  statements: z.array(Id).min(1),
  publications: z.array(Publication).min(1),
  series: z.array(Series).min(1),
  russian: z.array(RussianFigure),
  deposits: z.array(DepositFigure),
});
export type FiguresFile = z.infer<typeof FiguresFile>;

/** A deposit figure with the source it was found under. */
export type SourcedDepositFigure = DepositFigure & { source: Source };

/** The validated figures as the app receives them. */
export type Figures = Omit<FiguresFile, 'deposits'> & { deposits: SourcedDepositFigure[] };
