// Native names, no flags; searchable; the device's languages first on a first visit.
import { useId, useMemo, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, findLanguage, type Language } from '../content/languages';
import { Icon } from './Icon';

interface Props {
  current: string;
  onChoose: (code: string) => void;
  /** Languages to list first (the device's, on a first visit). */
  preferred?: readonly string[];
  label?: string;
}

export function orderLanguages(preferred: readonly string[]): Language[] {
  const first = preferred.map((tag) => tag.toLowerCase().split('-')[0]).flatMap((code) => findLanguage(code) ?? []);
  return [...new Set([...first, ...LANGUAGES])];
}

export function LanguagePicker({ current, onChoose, preferred = [], label }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const panelId = useId();
  const ordered = useMemo(() => orderLanguages(preferred), [preferred]);
  const q = query.trim().toLowerCase();
  const shown = q
    ? ordered.filter((l) => [l.native, l.english, l.code].some((s) => s.toLowerCase().includes(q)))
    : ordered;
  const choose = (code: string) => {
    setOpen(false);
    setQuery('');
    onChoose(code);
  };
  return (
    <div class="language-picker">
      <button type="button" class="button secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <Icon name="globe-with-meridians" />
        {label ?? t('language.label')}: <span lang={current}>{findLanguage(current)?.native ?? current}</span>
      </button>
      {open && (
        <div class="language-panel" id={panelId} role="group" aria-label={t('language.choose')}>
          <label class="search">
            {t('language.search')}
            <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autoComplete="off" />
          </label>
          <ul class="language-list">
            {shown.map((l) => (
              <li key={l.code}>
                <button
                  type="button"
                  class="language-option"
                  lang={l.code}
                  dir={l.dir}
                  aria-current={l.code === current ? 'true' : undefined}
                  onClick={() => choose(l.code)}
                >
                  {l.native}
                  {l.native !== l.english && <span class="english" lang="en" dir="ltr">{l.english}</span>}
                </button>
              </li>
            ))}
          </ul>
          {shown.length === 0 && <p>{t('language.none')}</p>}
        </div>
      )}
    </div>
  );
}
