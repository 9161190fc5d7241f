import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/I18n';
import { LANGS, type Lang } from '../i18n/langs';
import { useAddress } from '../state/useUrl';

/** Short names for narrow screens, each in its own language. */
const SHORT: Record<Lang, string> = { en: 'EN', uk: 'УКР', ru: 'РУС' };

/**
 * Links to the same place in each language (the selection and the map stay where they are). A
 * link, so it can be opened in a new tab or shared; a click switches in place.
 */
export function LanguageSwitch() {
  const { t, lang: current } = useI18n();
  const address = useAddress();
  function onClick(e: MouseEvent<HTMLAnchorElement>, lang: Lang) {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    address.setLang(lang);
  }
  return (
    <nav className="lang-switch" aria-label={t.lang.switchLabel}>
      <ul>
        {LANGS.map((lang) => (
          <li key={lang}>
            <a
              href={address.href({ ...address.url, lang })}
              hrefLang={lang}
              lang={lang}
              aria-current={lang === current ? 'true' : undefined}
              onClick={(e) => onClick(e, lang)}
            >
              <span className="label-long">{t.lang[lang]}</span>
              <span className="label-short">{SHORT[lang]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
