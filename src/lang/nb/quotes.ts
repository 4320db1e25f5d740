// How Norwegian Bokmål marks and attributes speech.
import type { QuoteResources } from '../types.js';

export const nbQuotes: QuoteResources = {
  reportingVerbs: ['sier', 'sa', 'sa', 'forteller', 'fortalte', 'mener', 'mente', 'legger til', 'la til', 'understreker', 'understreket', 'opplyser', 'opplyste', 'uttaler', 'uttalte', 'skriver', 'skrev', 'forklarer', 'forklarte', 'påpeker', 'påpekte', 'advarer', 'advarte', 'lover', 'lovet', 'svarer', 'svarte', 'melder', 'meldte', 'bekrefter', 'bekreftet', 'tvitrer', 'tvitret', 'heter det', 'het det'],
  accordingTo: ['ifølge'],
  complementisers: ['at'],
  pronouns: { han: 'm', hun: 'f', de: 'p', vi: 'p', jeg: 'n', den: 'n', det: 'n' },
  speakerPhraseStops: ['til', 'i', 'på', 'under', 'etter', 'ved', 'om', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'og'],
};
