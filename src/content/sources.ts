// Where the facts come from (../shared/content/brief.md, "Provenance"). Titles are citations,
// kept in their original language on purpose: professionals look them up as written.

export interface Source {
  title: string;
  publisher: string;
  year?: number;
  /** Site where the source is published (shown as text, never fetched). */
  site?: string;
}

export const SOURCES = {
  'ecpat-bill': { title: 'Bill of Rights for Child Victims of Sexual Exploitation and Abuse (announced March–April 2017)', publisher: 'ECPAT International', year: 2017, site: 'ecpat.org' },
  'ecpat-forum': { title: "Global Survivors' Forum, Council of Europe, Strasbourg, 18 November 2016", publisher: 'ECPAT International', year: 2016, site: 'ecpat.org' },
  crc: { title: 'Convention on the Rights of the Child', publisher: 'United Nations', year: 1989 },
  opsc: { title: 'Optional Protocol to the CRC on the sale of children, child prostitution and child pornography', publisher: 'United Nations', year: 2000 },
  'un-guidelines': { title: 'Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime (ECOSOC res. 2005/20)', publisher: 'United Nations', year: 2005 },
  lanzarote: { title: 'Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse (Lanzarote, 25 October 2007)', publisher: 'Council of Europe', year: 2007 },
  'coe-cfj': { title: 'Guidelines on child-friendly justice (17 November 2010)', publisher: 'Council of Europe', year: 2010 },
  'ecpat-be-2017': { title: 'Mineur étranger non accompagné en Belgique : quels sont tes droits ? (ReACT project), March 2017', publisher: 'ECPAT Belgium', year: 2017, site: 'ecpat.be' },
  'ecpat-be-suspicion': { title: 'How to react in case of suspicion', publisher: 'ECPAT Belgium', year: 2018, site: 'ecpat.be' },
  'ecpat-be-nonpunishment': { title: 'Non-punishment of victims of trafficking (law of 1 July 2019)', publisher: 'ECPAT Belgium', year: 2019, site: 'ecpat.be' },
  'salvation-army-2018': { title: 'EU affairs note, April 2018', publisher: 'The Salvation Army EU Affairs Office', year: 2018, site: 'salvationarmy.org' },
  fedasil: { title: 'Human trafficking: signs; Unaccompanied minors', publisher: 'Fedasil', site: 'fedasilinfo.be' },
  myria: { title: 'Victim status and shelters for victims of trafficking', publisher: 'Myria', site: 'myria.be' },
  'pag-asa': { title: 'The victim procedure', publisher: 'PAG-ASA', site: 'pag-asa.be' },
  'justice-be': { title: "The guardian's tasks (Guardianship Service)", publisher: 'FPS Justice', site: 'justitie.belgium.be' },
  'unhcr-be': { title: 'Services for survivors of trafficking and for children', publisher: 'UNHCR Belgium', site: 'help.unhcr.org/belgium' },
  // The new Criminal Code (Book II, law of 29 February 2024) is reported in force since April 2026
  // with new article numbers: no number until a partner confirms it.
  'criminal-code': { title: 'Criminal Code, trafficking in human beings (article to be confirmed after the 2024 reform)', publisher: 'Belgium' },
  constitution: { title: 'Constitution, art. 24', publisher: 'Belgium' },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
