// A real link (it has an href, so it can be opened, copied and read) that moves inside the app
// without adding a history entry.
import type { ComponentChildren } from 'preact';
import { navigate } from '../lib/history';
import { buildHash, type Route } from '../routes';

interface Props {
  to: Route;
  children: ComponentChildren;
  class?: string;
  rel?: string;
}

export function Link({ to, children, ...rest }: Props) {
  const href = buildHash(to);
  const onClick = (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <a {...rest} href={href} onClick={onClick}>
      {children}
    </a>
  );
}
