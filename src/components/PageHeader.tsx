// A screen's title and lead. The title takes focus when the screen opens, so screen readers
// announce the new screen (in-app moves do not load a page).
import { useEffect, useRef } from 'preact/hooks';
import { showScreenTitle } from '../lib/history';
import { Sentences } from './Sentences';

export function PageHeader({ title, lead }: { title: string; lead?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => showScreenTitle(heading.current), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        <Sentences text={title} />
      </h1>
      {lead && (
        <p>
          <Sentences text={lead} />
        </p>
      )}
    </>
  );
}
