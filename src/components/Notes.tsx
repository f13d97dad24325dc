// Kind notes: a link asked for something we do not have, text fell back to English, the device
// cannot keep choices, or a new version waits. Each can be dismissed; none blocks the screen.
import type { ComponentChildren } from 'preact';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ComponentChildren;
  onDismiss?: () => void;
  action?: ComponentChildren;
  dismissLabel?: string;
  /** Floats at the bottom of the screen: appears late without moving anything. */
  toast?: boolean;
}

export function Note({ children, onDismiss, action, dismissLabel, toast }: Props) {
  const { t } = useTranslation();
  return (
    <div class={toast ? 'note toast' : 'note'} role="status">
      <p>{children}</p>
      <div class="note-actions">
        {action}
        {onDismiss && (
          <button type="button" class="button secondary" onClick={onDismiss}>
            {dismissLabel ?? t('notes.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
