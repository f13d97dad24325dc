// Text as sentences: each one can be highlighted while it is read aloud. A step's text passes
// `sentence` to turn glossary words inside into buttons (components/Terms.tsx).
import type { ComponentChildren } from 'preact';
import { useTranslation } from 'react-i18next';
import { splitSentences } from '../lib/sentences';

interface Props {
  text: string;
  /** Draws one sentence (by default, as it is). */
  sentence?: (text: string) => ComponentChildren;
}

export function Sentences({ text, sentence = (s) => s }: Props) {
  const { i18n } = useTranslation();
  return (
    <>
      {splitSentences(text, i18n.language).map((s, i) => {
        const drawn = sentence(s);
        // Plain text stays one text node, as in the page drawn at build time (hydration keeps it).
        return (
          <span class="sentence" key={i}>
            {typeof drawn === 'string' ? `${drawn} ` : [drawn, ' ']}
          </span>
        );
      })}
    </>
  );
}
