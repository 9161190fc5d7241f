/**
 * The downloadable files, served from `downloads/` beside the app under stable names. Kept apart
 * from the code that writes them, so the app can list them without bundling that code. Their
 * labels are interface text, in the catalogs (`downloads`).
 */
export const DOWNLOAD_FILES = [
  { file: 'deposits.geojson', mime: 'application/geo+json' },
  { file: 'deposits.csv', mime: 'text/csv;charset=utf-8' },
  { file: 'areas.geojson', mime: 'application/geo+json' },
  { file: 'statements.json', mime: 'application/json' },
  { file: 'statements.csv', mime: 'text/csv;charset=utf-8' },
  { file: 'timeline.json', mime: 'application/json' },
  { file: 'figures.json', mime: 'application/json' },
  { file: 'figures.csv', mime: 'text/csv;charset=utf-8' },
] as const;

export type DownloadFile = (typeof DOWNLOAD_FILES)[number];

export const DOWNLOADS_DIR = 'downloads';
