/** The validated figures, read in Node the way the build reads them, for the browser tests to check against. */
import { readValidFigures } from '../src/data/figures-read';
import { readValidData } from '../src/data/read-data';

export const figures = readValidFigures('.', readValidData());
