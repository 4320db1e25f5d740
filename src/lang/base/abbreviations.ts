// Abbreviations common to all the languages (titles, Latin, units written with a stop).
export const sharedAbbreviations: readonly string[] = [
  'St.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.', 'prof.', 'jr.', 'Jr.', 'sr.', 'Sr.', 'vs.', 'etc.',
  'ca.', 'nr.', 'Nr.', 'no.', 'No.', 'tlf.', 'tel.', 'inkl.', 'ekskl.', 'exkl.', 'evt.', 'jf.', 'jfr.',
  'kl.', 'pga.', 'p.g.a.', 'mio.', 'mia.', 'mill.', 'mrd.', 'mdr.', 'mv.', 'osv.', 'o.l.', 'bl.a.',
  'f.eks.', 'f.ex.', 't.ex.', 'dvs.', 'd.v.s.', 'm.fl.', 'm.m.', 't.o.m.', 'fr.o.m.', 'e.Kr.',
  'f.Kr.', 'e.g.', 'i.e.', 'a.m.', 'p.m.', 'Gen.', 'Col.', 'Lt.', 'Capt.', 'Sgt.', 'Rev.', 'Mt.',
  'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'jan.', 'feb.', 'aug.', 'sep.', 'sept.',
  'okt.', 'nov.', 'dec.', 'des.', 'hhv.', 'resp.', 'ang.', 'vedr.', 'iflg.', 'ifm.', 'sml.', 'jvf.',
  'kr.', 'øvr.', 'ovs.', 'fhv.', 'tidl.', 'adm.', 'dir.', 'gl.', 'hr.', 'fr.', 'pr.', 'bl.',
  'el.', 'f.', 'd.', 's.', 'o.', 'a.', 'ff.', 'ib.', 'ibid.', 'obs.', 'Obs.', 'ref.', 'red.', 'vol.', 'Vol.', 'f.v.',
];
