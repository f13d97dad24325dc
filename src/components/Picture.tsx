import { useEffect, useRef, useState } from 'preact/hooks';
import { pictureFile } from '../content/pictures';
import type { Picture as PictureData } from '../content/types';
import { whenNear } from '../lib/visible';

interface Props {
  picture: PictureData;
  /** The text alternative; empty only where the same meaning is written right beside it. */
  alt: string;
  size?: number;
  class?: string;
  /** Fetched only when scrolled near (its box is kept, so nothing moves when it arrives). */
  lazy?: boolean;
}

export function Picture({ picture, alt, size = 160, class: className, lazy }: Props) {
  const src = useLazySource(import.meta.env.BASE_URL + pictureFile(picture), lazy);
  return <img ref={src.ref} class={className ?? 'picture'} src={src.url} alt={alt} width={size} height={size} decoding="async" />;
}

/** The address to show now: at once, or (lazy) once the image is near the screen. */
export function useLazySource(url: string, lazy = false) {
  const ref = useRef<HTMLImageElement>(null);
  const [near, setNear] = useState(!lazy);
  useEffect(() => (near ? undefined : whenNear(ref.current, () => setNear(true))), [near]);
  return { ref, url: near ? url : undefined };
}
