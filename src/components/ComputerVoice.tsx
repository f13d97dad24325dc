// The computer voice's part of "Read to me" (ReadAloud loads it only on a step in a language
// that has one): the discreet label, the note when a file cannot play, the offer to keep the
// voice for offline use, and the storing of a step's files as they are first read.
import { useTranslation } from 'react-i18next';
import { computerVoice } from '../lib/keep-voice';
import { KeepVoice } from './KeepVoice';
import './computer-voice.css';

export { prefetch, stepFiles } from '../lib/keep-voice';

/**
 * What the computer voice adds: while it reads, a quiet "Computer voice"; when a file could not
 * play, a short note; once used, the offer to keep the whole language for offline use.
 */
export function ComputerVoiceBits({ lang, reading, used, failed }: { lang: string; reading: boolean; used: boolean; failed: boolean }) {
  const { t, ready } = useTranslation('voice');
  const voice = computerVoice(lang);
  if (!ready || !voice) return null;
  return (
    <div class="computer-voice">
      {reading && <p class="voice-label">{voice.neighbour ? t('computerNeighbour') : t('computer')}</p>}
      {failed && (
        <p class="no-voice" role="status">
          {t('unavailable')}
        </p>
      )}
      {used && <KeepVoice voice={voice} />}
    </div>
  );
}
