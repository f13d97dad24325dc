// Who reads a language aloud on this device, for the professionals' page.
import { pickVoice } from './speech';
import { computerVoice } from './keep-voice';

export type WhoReads = 'human' | 'phone' | 'phoneNeighbour' | 'computer' | 'computerNeighbour' | 'none';

/** Who reads a language aloud on this device, in the order "Read to me" prefers them. */
export function whoReads(lang: string, voices: readonly SpeechSynthesisVoice[], recorded: boolean): WhoReads {
  if (recorded) return 'human';
  const phone = pickVoice(voices, lang, false);
  if (phone) return phone.neighbour ? 'phoneNeighbour' : 'phone';
  const computer = computerVoice(lang);
  if (computer) return computer.neighbour ? 'computerNeighbour' : 'computer';
  return 'none';
}
