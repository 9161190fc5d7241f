/**
 * The downloadable files, served from `downloads/` beside the app under stable names. Kept apart
 * from the code that writes them, so the app can list them without bundling that code.
 */
export const DOWNLOAD_FILES = [
  { file: 'deposits.geojson', label: 'Deposits with a location (GeoJSON)', mime: 'application/geo+json' },
  { file: 'deposits.csv', label: 'All deposits (CSV)', mime: 'text/csv;charset=utf-8' },
  { file: 'areas.geojson', label: 'The six areas (GeoJSON)', mime: 'application/geo+json' },
  { file: 'statements.json', label: 'Statements and the article (JSON)', mime: 'application/json' },
  { file: 'statements.csv', label: 'Statements (CSV)', mime: 'text/csv;charset=utf-8' },
  { file: 'timeline.json', label: 'What happened since, with sources (JSON)', mime: 'application/json' },
  { file: 'figures.json', label: 'Reserves and production, Russia and the world (JSON)', mime: 'application/json' },
  { file: 'figures.csv', label: 'Reserves and production, one figure a row (CSV)', mime: 'text/csv;charset=utf-8' },
] as const;

export type DownloadFile = (typeof DOWNLOAD_FILES)[number];

export const DOWNLOADS_DIR = 'downloads';
