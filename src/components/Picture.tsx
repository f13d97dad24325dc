import { pictureFile } from '../content/pictures';
import type { Picture as PictureData } from '../content/types';

interface Props {
  picture: PictureData;
  /** The text alternative; empty only where the same meaning is written right beside it. */
  alt: string;
  size?: number;
  class?: string;
}

export function Picture({ picture, alt, size = 160, class: className }: Props) {
  return (
    <img
      class={className ?? 'picture'}
      src={import.meta.env.BASE_URL + pictureFile(picture)}
      alt={alt}
      width={size}
      height={size}
      decoding="async"
    />
  );
}
