// The help directory: only numbers the brief marks confirmed. The trafficking contact point
// (078 05 58 00, operator unverified) and 116 111 (unverified in Belgium) are left out on purpose.
import type { Service } from './types';

// Hours, free and anonymous are set only where the brief states them; unset means "not stated".
const CHECKED = '2026-11-28';

export const SERVICES: readonly Service[] = [
  { id: 'emergency', number: '112', tel: '112', picture: ['ambulance', 'police-car'], hours: '24/7', free: true, region: 'belgium', urgent: true, source: 'unhcr-be', status: 'confirmed', checked: CHECKED },
  { id: 'child-focus', number: '116 000', tel: '116000', picture: ['child-medium-dark', 'telephone-receiver'], hours: '24/7', free: true, region: 'belgium', urgent: true, source: 'ecpat-be-suspicion', status: 'confirmed', checked: CHECKED },
  { id: 'awel', number: '102', tel: '102', picture: ['girl-light', 'speech-balloon'], free: true, anonymous: true, region: 'flanders', urgent: true, source: 'ecpat-be-suspicion', status: 'confirmed', checked: CHECKED },
  { id: 'ecoute-enfants', number: '103', tel: '103', picture: ['boy-dark', 'speech-balloon'], free: true, anonymous: true, region: 'wallonia', urgent: true, source: 'ecpat-be-suspicion', status: 'confirmed', checked: CHECKED },
  { id: 'police', number: '101', tel: '101', picture: ['police-officer-medium', 'telephone-receiver'], hours: '24/7', free: true, region: 'belgium', source: 'unhcr-be', status: 'confirmed', checked: CHECKED },
  { id: 'guardianship', number: '078 15 43 24', tel: '+3278154324', picture: ['woman-medium-light', 'child-dark'], hours: '24/7', region: 'belgium', source: 'justice-be', status: 'confirmed', checked: CHECKED },
  { id: 'esperanto', number: '0473 40 00 66', tel: '+32473400066', picture: ['house-with-garden', 'sun'], free: true, region: 'wallonia', source: 'myria', status: 'confirmed', checked: CHECKED },
  { id: 'minor-ndako', number: '02 503 56 29', tel: '+3225035629', picture: ['house', 'seedling'], free: true, region: 'flanders-brussels', source: 'myria', status: 'confirmed', checked: CHECKED },
  { id: 'payoke', number: '03 201 16 90', tel: '+3232011690', picture: ['shield', 'house'], free: true, region: 'antwerp', source: 'myria', status: 'confirmed', checked: CHECKED },
  { id: 'pag-asa', number: '02 511 64 64', tel: '+3225116464', picture: ['shield', 'handshake'], free: true, region: 'brussels', source: 'pag-asa', status: 'confirmed', checked: CHECKED },
  { id: 'surya', number: '04 232 40 30', tel: '+3242324030', picture: ['shield', 'sun'], free: true, region: 'liege', source: 'myria', status: 'confirmed', checked: CHECKED },
];
