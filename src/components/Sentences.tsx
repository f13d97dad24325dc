// Text as sentences: each one can be highlighted while it is read aloud. A step's text passes
// `sentence` to turn glossary words inside into buttons (components/Terms.tsx); numbers stay whole
// and left-to-right.
import type { ComponentChildren } from 'preact';
import { useTranslation } from 'react-i18next';
import { splitSentences } from '../lib/sentences';

interface Props {
  text: string;
  /** Draws one sentence (by default, as it is, numbers kept whole). */
  sentence?: (text: string) => ComponentChildren;
  /** The number of the first sentence within its step (see stepSentences): the reader plays recording n for it. */
  first?: number;
}

export function Sentences({ text, sentence = withNumbers, first }: Props) {
  const { i18n } = useTranslation();
  return (
    <>
      {splitSentences(text, i18n.language).map((s, i) => {
        const drawn = sentence(s);
        // Plain text stays one text node, as in the page drawn at build time (hydration keeps it).
        return (
          <span class="sentence" key={i} data-n={first === undefined ? undefined : first + i}>
            {typeof drawn === 'string' ? `${drawn} ` : [drawn, ' ']}
          </span>
        );
      })}
    </>
  );
}

/** Numbers ("116 000", "112") stay whole and left-to-right inside right-to-left text. */
export function withNumbers(text: string): ComponentChildren {
  const parts = text.split(/(\d+(?: \d+)*)/);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 ? (
      <bdi dir="ltr" class="number" key={i}>
        {part}
      </bdi>
    ) : (
      part
    ),
  );
}
