// One file per picture: its name is the icon names joined, so equal scenes are shipped once.
import type { Picture } from './types';

export const pictureFile = (p: Picture): string => `pictures/${p.join('_')}.svg`;
