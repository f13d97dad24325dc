// The help directory: only numbers the brief marks confirmed. The trafficking contact point
// (078 05 58 00, operator unverified) and 116 111 (unverified in Belgium) are left out on purpose.
// Cost, hours and anonymity are facts with a source, set only where the brief's December list
// states them; nothing else is said about cost or hours on any card.
import type { Fact, FactId, Service } from './types';
import type { SourceId } from './sources';

/** The day the sources were read for the first directory, and for the December corrections. */
const READ = '2026-11-28';
const READ_DECEMBER = '2026-12-01';

const stated = (source: SourceId, ...facts: FactId[]): Fact[] => facts.map((fact) => ({ fact, source, status: 'confirmed' }));

export const SERVICES: readonly Service[] = [
  { id: 'emergency', number: '112', tel: '112', picture: ['ambulance', 'police-car'], facts: stated('unhcr-be', 'free', 'always-open'), region: 'belgium', urgent: true, source: 'unhcr-be', status: 'confirmed', read: READ_DECEMBER },
  { id: 'child-focus', number: '116 000', tel: '116000', picture: ['child-medium-dark', 'telephone-receiver'], facts: stated('ecpat-be-suspicion', 'free', 'always-open'), region: 'belgium', urgent: true, source: 'ecpat-be-suspicion', status: 'confirmed', read: READ_DECEMBER },
  { id: 'awel', number: '102', tel: '102', picture: ['girl-light', 'speech-balloon'], facts: stated('ecpat-be-suspicion', 'free', 'anonymous'), region: 'flanders', urgent: true, childLine: true, source: 'ecpat-be-suspicion', status: 'confirmed', read: READ_DECEMBER },
  { id: 'ecoute-enfants', number: '103', tel: '103', picture: ['boy-dark', 'speech-balloon'], facts: stated('ecpat-be-suspicion', 'free', 'anonymous'), region: 'wallonia', urgent: true, childLine: true, source: 'ecpat-be-suspicion', status: 'confirmed', read: READ_DECEMBER },
  { id: 'police', number: '101', tel: '101', picture: ['police-officer-medium', 'telephone-receiver'], facts: [], region: 'belgium', source: 'unhcr-be', status: 'confirmed', read: READ },
  { id: 'guardianship', number: '078 15 43 24', tel: '+3278154324', picture: ['woman-medium-light', 'child-dark'], facts: stated('ecpat-be-suspicion', 'reports-always-open', 'questions-office-hours'), region: 'belgium', source: 'ecpat-be-suspicion', status: 'confirmed', read: READ_DECEMBER },
  { id: 'esperanto', number: '0473 40 00 66', tel: '+32473400066', picture: ['house-with-garden', 'sun'], facts: [], region: 'wallonia', source: 'myria', status: 'confirmed', read: READ },
  { id: 'minor-ndako', number: '02 503 56 29', tel: '+3225035629', picture: ['house', 'seedling'], facts: [], region: 'flanders-brussels', source: 'myria', status: 'confirmed', read: READ },
  { id: 'payoke', number: '03 201 16 90', tel: '+3232011690', picture: ['shield', 'house'], facts: [], region: 'antwerp', source: 'myria', status: 'confirmed', read: READ },
  { id: 'pag-asa', number: '02 511 64 64', tel: '+3225116464', picture: ['shield', 'handshake'], facts: [], region: 'brussels', source: 'pag-asa', status: 'confirmed', read: READ },
  { id: 'surya', number: '04 232 40 30', tel: '+3242324030', picture: ['shield', 'sun'], facts: [], region: 'liege', source: 'myria', status: 'confirmed', read: READ },
];
