// A small decorative icon beside a control's text (the text carries the meaning).
import { iconFile, type UiIcon } from '../content/pictures';
import { useLazySource } from './Picture';

export function Icon({ name, lazy }: { name: UiIcon; lazy?: boolean }) {
  const src = useLazySource(import.meta.env.BASE_URL + iconFile(name), lazy);
  return <img ref={src.ref} class="icon" src={src.url} alt="" width={24} height={24} />;
}
