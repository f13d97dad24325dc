// Open on another phone: a QR code made on this device (no network), and the system share sheet
// where the device has one.
import { generate } from 'lean-qr';
import { toSvgDataURL } from 'lean-qr/extras/svg';
import { useMemo, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { findLanguage } from '../content/languages';
import { LanguagePicker } from '../components/LanguagePicker';
import { appLink, canShare, shareLink } from '../lib/session';
import { buildHash, type Route } from '../routes';
import { PageHeader } from '../components/PageHeader';
import './share.css';

export default function Share({ route: { lang } }: { route: Route }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(lang);
  const url = appLink(buildHash({ name: 'home', lang: target }));
  const qr = useMemo(() => toSvgDataURL(generate(url), { on: '#000', off: '#fff', pad: 4 }), [url]);
  return (
    <div class="share">
      <PageHeader title={t('share.title')} lead={t('share.lead')} />
      <LanguagePicker current={target} onChoose={setTarget} />
      <img class="qr" src={qr} width={280} height={280} alt={t('share.qr', { language: findLanguage(target)?.native })} />
      <p>
        <bdi dir="ltr" class="url">
          {url}
        </bdi>
      </p>
      {canShare() && (
        <button type="button" class="button" onClick={() => void shareLink(url, t('app.name'))}>
          {t('share.button')}
        </button>
      )}
    </div>
  );
}
