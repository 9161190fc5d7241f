/**
 * The pages as real HTML, built by scripts/prerender.mjs (through `vite build --ssr`):
 *
 * - `app`: the app's own first view (header, overview panel, credits; no Leaflet, which needs a
 *   window), put inside #root of index.html. The browser paints it at once, and the app hydrates
 *   it rather than replacing it, so the first paint is the final one.
 * - `text`: the text version for readers without JavaScript and for indexing: the overview, every
 *   statement in full, the timeline, every area with its deposits, and every source, as one document (text.html).
 */
import { Headline } from './Headline';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { Credits } from './Credits';
import { areas, deposits, depositsIn, getArea, statements, statementsFor } from './data/dataset';
import basemapTopo from './data/basemap.gen.json';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { landPolygons, pictureFor, selectionTitle } from './picture/input';
import type { Selection } from './state/url';
import { I18nProvider, useI18n, type I18n } from './i18n/I18n';
import { areaName, localBrief } from './i18n/localize';
import statementRecords from './data/statement-records.gen.json';
import timeline from './data/timeline.gen.json';
import depositRecords from './data/deposit-records.gen.json';
import type { Deposit, Statement, TimelineEvent } from './data/schema';
import { About } from './panel/About';
import { page } from './i18n/messages/page';
import { AreaCard } from './panel/AreaCard';
import { StatementCard } from './panel/StatementCard';
import type { StatementViewProps } from './panel/StatementSummary';
import { Timeline } from './panel/TimelineView';
import { Overview } from './panel/Overview';
import { SourceIndex } from './panel/SourcesView';
import { StaticAddress } from './state/useUrl';
import { StaticLinks } from './ui/LinkMode';

const ignore = () => {};

const FULL = new Map((statementRecords as Statement[]).map((s) => [s.id, s]));

/** Every statement in full: the text version cannot open one on its own. */
function FullStatement({ statement, onSelect }: StatementViewProps) {
  return <StatementCard statement={FULL.get(statement.id)!} onSelect={onSelect} headingLevel={4} />;
}

function TextPage() {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="app app--static">
      <header className="masthead">
        <Headline />
      </header>
      <div className="map-wrap map-wrap--static">
        <p className="static-map-note">{page[i18n.lang].staticMapNote}</p>
      </div>
      <aside className="panel" id="panel" aria-labelledby="panel-title">
        <div className="panel-body">
          <h2 id="panel-title" tabIndex={-1}>
            {t.site.overviewTitle}
          </h2>
          <Overview onSelect={ignore} Statement={FullStatement} about={<About />} />
          <section id="timeline" className="static-area" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t.titles.timeline}</h2>
            <Timeline events={timeline as TimelineEvent[]} selected={null} onSelect={ignore} />
          </section>
          {areas.map((area) => (
            <section
              key={area.id}
              id={`area-${area.id}`}
              className="static-area"
              aria-labelledby={`area-${area.id}-title`}
            >
              <h2 id={`area-${area.id}-title`}>{areaName(i18n, area)}</h2>
              <AreaCard area={area} onSelect={ignore} />
            </section>
          ))}
          <section id="sources" className="static-area" aria-labelledby="sources-title">
            <h2 id="sources-title">{t.titles.sources}</h2>
            <SourceIndex
              deposits={depositRecords as Deposit[]}
              statements={statementRecords as Statement[]}
              timeline={timeline as TimelineEvent[]}
            />
          </section>
        </div>
      </aside>
      <Credits />
    </div>
  );
}

/**
 * The app's first view and the text version in one language, plus the text of the page's head.
 * `root` is the path from the page to the app's root folder ('' for the English page, '../' for /uk/ and /ru/).
 */
export function render(i18n: I18n, root: string) {
  const { t } = i18n;
  const app = renderToString(
    <StaticAddress search="" appAddress="./" root={root}>
      <I18nProvider value={i18n}>
        <App />
      </I18nProvider>
    </StaticAddress>,
  );
  const text = renderToString(
    <StaticAddress search="" appAddress="./" root={root}>
      <I18nProvider value={i18n}>
        <StaticLinks value>
          <TextPage />
        </StaticLinks>
      </I18nProvider>
    </StaticAddress>,
  );
  return { app, text, head: { title: t.page.title, ...page[i18n.lang] } };
}

export { loadLanguageWhole } from './i18n/catalogs';
export { LANGS } from './i18n/langs';

/** What a share page is about: a selection, its title and a one-line description, in the language of `i18n`. */
export type ShareItem = { kind: 'area' | 'deposit' | 'statement'; id: string; title: string; description: string };

/** One share page per area, deposit and statement. */
export function shareItems(i18n: I18n): ShareItem[] {
  const { t } = i18n;
  const withDek = (s: string) => `${s} — ${t.site.dek}`;
  return [
    ...areas.map((a) => ({
      kind: 'area' as const,
      id: a.id,
      title: selectionTitle(i18n, { kind: 'area', id: a.id }),
      description: withDek(
        `${t.count.deposits(depositsIn(a.id).length)} · ${t.count.statements(statementsFor(a.id).length)}`,
      ),
    })),
    ...deposits.map((d) => ({
      kind: 'deposit' as const,
      id: d.id,
      title: selectionTitle(i18n, { kind: 'deposit', id: d.id }),
      description: withDek(`${t.group[d.group]} · ${d.areaId ? areaName(i18n, getArea(d.areaId)!) : ''}`),
    })),
    ...statements.map((s) => ({
      kind: 'statement' as const,
      id: s.id,
      title: selectionTitle(i18n, { kind: 'statement', id: s.id }),
      description: withDek(`${localBrief(i18n, s).speaker}, ${i18n.fmt.date(s.date)}`),
    })),
  ];
}

const topology = basemapTopo as unknown as Topology;
const LAND = landPolygons(feature(topology, topology.objects.basemap!));

/** A share page's preview picture (SVG, 1200×630, light): the selection framed on the map. */
export function sharePicture(i18n: I18n, item: ShareItem): string {
  return pictureFor(i18n, {
    width: 1200,
    height: 630,
    theme: 'light',
    selection: { kind: item.kind, id: item.id } as Selection,
    land: LAND,
  });
}
