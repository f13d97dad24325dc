// One file per picture: its name is the icon names joined, so equal scenes are shipped once.
import type { Picture } from './types';

export const pictureFile = (p: Picture): string => `pictures/${p.join('_')}.svg`;

/** Small single-icon pictures used by the controls (drawn from the same set, never emoji fonts). */
export const UI_ICONS = [
  'compass',
  'globe-with-meridians',
  'telephone-receiver',
  'shield',
  'speaker-high-volume',
  'pause-button',
  'play-button',
  'stop-button',
  'information',
] as const;
export type UiIcon = (typeof UI_ICONS)[number];

export const iconFile = (name: UiIcon): string => `pictures/icon-${name}.svg`;
