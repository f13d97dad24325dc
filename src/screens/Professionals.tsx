// For professionals: how to use the app in a session, what it rests on, and tables generated from
// the data: every step's sources and status, every number's source and date, every language's
// translation status (with how much a native speaker has reviewed, counted at build time from
// locales/<lng>.track.json, and a link to check it: #/<lang>/review), and the pictures' licence.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import status from '../../locales/status.json';
import { REVIEW_SUMMARY } from 'virtual:review-summary';
import { GUIDES } from '../content/guides';
import { LANGUAGES } from '../content/languages';
import { SERVICES } from '../content/services';
import { SOURCES, type SourceId } from '../content/sources';
import type { SourceRef, Status } from '../content/types';
import { Sentences } from '../components/Sentences';
import { dynamic } from '../lib/i18n';
import { hasRecordings } from '../lib/recordings';
import { deviceVoices } from '../lib/speech';
import { whoReads } from '../lib/who-reads';
import { PageHeader } from '../components/PageHeader';
import { Link } from '../components/Link';
import type { Route } from '../routes';
import './professionals.css';

interface Translation {
  status: 'source' | 'draft' | 'reviewed';
  by?: string;
  date?: string;
}
const STATUS = status as Record<string, Translation>;

function cite(ref: Pick<SourceRef, 'source' | 'at'>): string {
  const s = SOURCES[ref.source as SourceId];
  const where = ref.at ? `, ${ref.at}` : '';
  return s ? `${s.publisher}: ${s.title}${where}${'site' in s ? ` (${s.site})` : ''}` : ref.source;
}

/** A table that may scroll sideways on a phone: a focusable, named region (keyboard users can scroll it). */
function Scroller({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={label}>
      <table>{children}</table>
    </div>
  );
}

function StatusMark({ status }: { status: Status }) {
  const { t } = useTranslation('professionals');
  return <span class={`status-${status}`}>{t(`status.${status}`)}</span>;
}

/** How much of a language a native speaker has reviewed, and a link to check it. */
function ReviewCell({ code, native }: { code: string; native: string }) {
  const { t, i18n } = useTranslation('review');
  const summary = REVIEW_SUMMARY[code];
  if (!summary) return null;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(summary.reviewed / summary.total);
  return (
    <>
      <span class="reviewed-share">{t('percent', { percent })}</span>
      {summary.changed > 0 && <span class="reviewed-share">{t('changedCount', { count: summary.changed })}</span>}
      <Link to={{ name: 'review', lang: code }} class="check-link">
        {t('link', { language: native })}
      </Link>
    </>
  );
}

export default function Professionals({ route }: { route: Route }) {
  const { t } = useTranslation(['professionals', 'ui', 'bill-of-rights', 'alone-in-belgium', 'studio', 'review', 'voice']);
  const tx = dynamic(t);
  // Who reads each language aloud depends on this device's voices.
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>();
  useEffect(() => {
    let live = true;
    void deviceVoices().then((v) => live && setVoices(v));
    return () => {
      live = false;
    };
  }, []);
  const list = (key: 'use' | 'session' | 'safety' | 'basis') => (
    <ul>
      {(t(key, { returnObjects: true }) as string[]).map((line) => (
        <li key={line}>
          <Sentences text={line} />
        </li>
      ))}
    </ul>
  );
  return (
    <div class="professionals">
      <PageHeader title={t('title')} lead={t('lead')} />
      <h2>{t('useTitle')}</h2>
      {list('use')}
      <h2>{t('sessionTitle')}</h2>
      {list('session')}
      <h2>{t('safetyTitle')}</h2>
      {list('safety')}
      <h2>{t('basisTitle')}</h2>
      {list('basis')}

      <h2>{t('sourcesTitle')}</h2>
      <p>{t('sourcesLead')}</p>
      {Object.values(GUIDES).map((guide) => (
        <Scroller key={guide.id} label={tx(`ui:guides.${guide.id}.title`)}>
            <caption>{tx(`ui:guides.${guide.id}.title`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('step')}</th>
                <th scope="col">{t('source')}</th>
              </tr>
            </thead>
            <tbody>
              {guide.steps.map((step, i) => (
                <tr key={step.id} data-status={step.sources.some((s) => s.status === 'unverified') ? 'unverified' : undefined}>
                  <th scope="row">
                    {i + 1}. {tx(`${guide.id}:steps.${step.id}.title`)}
                  </th>
                  <td>
                    <ul>
                      {step.sources.map((ref) => (
                        <li key={ref.source + (ref.at ?? '')}>
                          <span lang="en">{cite(ref)}</span> — <StatusMark status={ref.status} />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
        </Scroller>
      ))}

      <h2>{t('directoryTitle')}</h2>
      <Scroller label={t('directoryTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('service')}</th>
              <th scope="col">{t('number')}</th>
              <th scope="col">{t('facts')}</th>
              <th scope="col">{t('checked')}</th>
              <th scope="col">{t('confirmedHead')}</th>
            </tr>
          </thead>
          <tbody>
            {SERVICES.map((s) => (
              <tr key={s.id}>
                <th scope="row">{tx(`ui:services.${s.id}.name`)}</th>
                <td>
                  <bdi dir="ltr" class="number">
                    {s.number}
                  </bdi>
                  <br />
                  <span lang="en">{cite({ source: s.source })}</span> — <StatusMark status={s.status} />
                </td>
                <td>
                  <ul>
                    {s.facts.map((f) => (
                      <li key={f.fact}>
                        {tx(`ui:help.fact.${f.fact}`)}: <span lang="en">{cite(f)}</span> — <StatusMark status={f.status} />
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <bdi dir="ltr">{s.read}</bdi>
                </td>
                <td>{s.confirmed ? t('confirmedBy', { by: s.confirmed.by, date: s.confirmed.date }) : t('notConfirmed')}</td>
              </tr>
            ))}
          </tbody>
      </Scroller>
      <p>{t('left')}</p>

      <h2>{t('languagesTitle')}</h2>
      <Scroller label={t('languagesTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('language')}</th>
              <th scope="col">{t('translationHead')}</th>
              <th scope="col">{t('review:column')}</th>
              <th scope="col">{t('voice:pro.head')}</th>
            </tr>
          </thead>
          <tbody>
            {LANGUAGES.map((l) => {
              const s = STATUS[l.code] ?? { status: 'draft' };
              return (
                <tr key={l.code}>
                  <th scope="row">
                    <span lang={l.code} dir={l.dir}>
                      {l.native}
                    </span>{' '}
                    <span lang="en">({l.english})</span>
                  </th>
                  <td>{t(`translation.${s.status}`, { by: s.by, date: s.date })}</td>
                  <td>
                    <div class="review-cell">
                      <ReviewCell code={l.code} native={l.native} />
                    </div>
                  </td>
                  <td>{voices && t(`voice:pro.${whoReads(l.code, voices, hasRecordings(l.code))}`)}</td>
                </tr>
              );
            })}
          </tbody>
      </Scroller>
      <p>
        <Link class="button secondary" to={{ name: 'record', lang: route.lang }}>
          {t('studio:link')}
        </Link>
      </p>

      <h2>{t('voice:pro.title')}</h2>
      <p>{t('voice:pro.lead')}</p>
      <p>{t('voice:pro.left')}</p>

      <h2>{t('picturesTitle')}</h2>
      <p>{t('pictures')}</p>
      <h2>{t('mistakeTitle')}</h2>
      <p>{t('mistake')}</p>
    </div>
  );
}
