// A small decorative icon beside a control's text (the text carries the meaning).
import { iconFile, type UiIcon } from '../content/pictures';

export function Icon({ name }: { name: UiIcon }) {
  return <img class="icon" src={import.meta.env.BASE_URL + iconFile(name)} alt="" width={24} height={24} />;
}
