// What the first screen and the router need of the content: each guide's picture and step ids,
// and the urgent lines. Derived from guides.ts and services.ts; the build writes the result in
// place of this module (src/tools/precompute.ts), so the first download carries these few facts
// and the rest of the content data comes with the screens that show it.
import { GUIDES } from './guides';
import { SERVICES } from './services';
import type { Guide, GuideId, Picture, Service } from './types';

export interface GuideOutline {
  id: GuideId;
  picture: Picture;
  /** Step ids, in order. */
  steps: readonly string[];
}

const outline = (g: Guide): GuideOutline => ({ id: g.id, picture: g.picture, steps: g.steps.map((s) => s.id) });

export const OUTLINE: Record<GuideId, GuideOutline> = {
  'bill-of-rights': outline(GUIDES['bill-of-rights']),
  'alone-in-belgium': outline(GUIDES['alone-in-belgium']),
};

/** The lines in the bar on every screen. */
export const URGENT: readonly Pick<Service, 'id' | 'number' | 'tel'>[] = SERVICES.filter((s) => s.urgent).map(({ id, number, tel }) => ({ id, number, tel }));
