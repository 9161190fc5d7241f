import { useT } from './i18n/I18n';

/** The page's one headline and its dek, the same in the prerendered page and the app. */
export function Headline() {
  const { site } = useT();
  return (
    <div className="headline">
      <h1>{site.heading}</h1>
      <p className="dek">{site.dek}</p>
    </div>
  );
}
