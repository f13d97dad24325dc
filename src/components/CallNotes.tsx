// Beside every group of call buttons: a kind word on the traces a call leaves (call list, phone
// bill), and, where a children's line is offered, what to do if nobody answers (no source gives
// their hours, so none are stated).
import type { Service } from '../content/types';
import { Icon } from './Icon';
import { Sentences } from './Sentences';
import './call-notes.css';

interface Props {
  services: readonly Service[];
  /** The translate function of the column's language (steps may show two side by side). */
  t: (key: string) => string;
}

export function CallNotes({ services, t }: Props) {
  const note = (key: string) => (
    <p class="call-note">
      <Icon name="information" />
      <span>
        <Sentences text={t(key)} />
      </span>
    </p>
  );
  return (
    <div class="call-notes">
      {services.some((s) => s.childLine) && note('ui:help.noAnswer')}
      {note('ui:help.trace')}
    </div>
  );
}
