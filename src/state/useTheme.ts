import { useEffect } from 'react';
import type { Theme } from './url';

/** Dark colours for `dark`, and for `auto` while the reader's system prefers dark (followed live). */
export function useTheme(theme: Theme) {
  useEffect(() => {
    if (theme === 'light') return;
    const root = document.documentElement;
    if (theme === 'dark') {
      root.classList.add('theme-dark');
      return () => root.classList.remove('theme-dark');
    }
    const query = matchMedia('(prefers-color-scheme: dark)');
    const apply = () => root.classList.toggle('theme-dark', query.matches);
    apply();
    query.addEventListener('change', apply);
    return () => {
      query.removeEventListener('change', apply);
      root.classList.remove('theme-dark');
    };
  }, [theme]);
}
