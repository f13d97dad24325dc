// Translation keys are typed from the English source: a key that English lacks does not compile.
// Keys built from content ids (steps, terms, services) go through dynamic() in src/lib/i18n.ts.
import 'i18next';
import type ui from '../locales/en/ui.json';
import type safety from '../locales/en/safety.json';
import type professionals from '../locales/en/professionals.json';
import type glossary from '../locales/en/glossary.json';
import type billOfRights from '../locales/en/bill-of-rights.json';
import type aloneInBelgium from '../locales/en/alone-in-belgium.json';
import type studio from '../locales/en/studio.json';
import type review from '../locales/en/review.json';
import type voice from '../locales/en/voice.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: {
      ui: typeof ui;
      safety: typeof safety;
      professionals: typeof professionals;
      glossary: typeof glossary;
      'bill-of-rights': typeof billOfRights;
      'alone-in-belgium': typeof aloneInBelgium;
      studio: typeof studio;
      review: typeof review;
      voice: typeof voice;
    };
  }
}
