// Entity resolution, incremental: mentions join entities through hashed keys (never a scan of
// all entities). A name joins an entity when its key is the same (spelling, transliteration and
// genitive variants fold together), when all its tokens match token by token (initials match the
// name they abbreviate), or — within one article — when it is the end of a fuller name ("Holm
// Jensen" after "Mette Holm Jensen"). A short name that fits two people stays apart. Types must
// agree, except that a country may be tagged LOC or GPE. Countries resolve to ISO codes and
// coordinates; acronyms join the name they were introduced with ("… Institut (DMI)").
import type { Article, EntityMention, EntityType } from '../../doc/model.js';
import type { ReportEntity, ReportMention } from '../../report/types.js';
import { genitiveKey, isInitialOf, nameKey, nameTokens, sameToken, tokenKey, foldGenitive } from './name-key.js';
import { countryNamed, lookupCity, lookupCountry } from './places.js';

interface EntityState {
  id: string;
  type: EntityType;
  /** Surface form (genitive folded) → how often it was seen. */
  variants: Map<string, number>;
  /** Name tokens of the fullest form seen, as keys, for token-wise matching. */
  tokens: string[];
  mentions: ReportMention[];
  geo: ReportEntity['geo'];
  /** Plain name keys of the forms seen, to tell a genitive from a name ending in -s. */
  keys: Set<string>;
  /** Language of the article each form was first seen in, and mentions per language. */
  formLang: Map<string, string>;
  langs: Map<string, number>;
  /** The lookup keys it is filed under ("k:" name keys, "s:" surname blocks), in filing order. */
  filed: string[];
}

/** One entity's resolution state without its mentions: what a store keeps to resume resolving
 * later articles where an earlier process left off. */
export interface ResolvedEntityState {
  id: string;
  type: EntityType;
  variants: [string, number][];
  tokens: string[];
  geo: ReportEntity['geo'];
  keys: string[];
  formLang: [string, string][];
  langs: [string, number][];
  filed: string[];
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC']);
/** "Danmarks Meteorologiske Institut (DMI)": a name and the acronym it is given. */
const ACRONYM_INTRODUCTION = /((?:\p{Lu}[\p{L}-]*\s+)(?:(?:[\p{Ll}]{1,3}|\p{Lu}[\p{L}-]*)\s+){0,6}\p{Lu}?[\p{L}-]*)\s*\((\p{Lu}{2,8})\)/gu;

const HOME_COUNTRIES: Readonly<Record<string, readonly string[]>> = { da: ['DK'], nb: ['NO'], nn: ['NO'], sv: ['SE', 'FI'] };

const typeClass = (type: EntityType): string => (PLACE_TYPES.has(type) ? 'PLACE' : type);

export class EntityResolver {
  private readonly entities: EntityState[] = [];
  private readonly byKey = new Map<string, EntityState[]>();
  private readonly bySurname = new Map<string, EntityState[]>();

  /** `keepMentions: false` leaves mentions out of memory (a store writes them from the article). */
  constructor(private readonly options: { keepMentions?: boolean } = {}) {}

  /** A resolver that continues from saved states, given in id order (e1, e2, …). */
  static restore(states: Iterable<ResolvedEntityState>, options: { keepMentions?: boolean } = {}): EntityResolver {
    const resolver = new EntityResolver(options);
    for (const state of states) {
      const entity = resolver.create(state.type, state.tokens);
      if (entity.id !== state.id) throw new Error(`entity states out of order: ${state.id} where ${entity.id} was expected`);
      entity.variants = new Map(state.variants);
      entity.geo = state.geo;
      entity.keys = new Set(state.keys);
      entity.formLang = new Map(state.formLang);
      entity.langs = new Map(state.langs);
      for (const filed of state.filed) resolver.index(filed.startsWith('s:') ? resolver.bySurname : resolver.byKey, filed.slice(2), entity);
    }
    return resolver;
  }

  /** The saved form of one entity (see `restore`), or undefined for an unknown id. */
  state(id: string): ResolvedEntityState | undefined {
    const e = this.entities[Number(id.slice(1)) - 1];
    if (e === undefined || e.id !== id) return undefined;
    return { id: e.id, type: e.type, variants: [...e.variants], tokens: e.tokens, geo: e.geo, keys: [...e.keys], formLang: [...e.formLang], langs: [...e.langs], filed: e.filed };
  }

  private index(map: Map<string, EntityState[]>, key: string, entity: EntityState): void {
    const list = map.get(key);
    const filed = `${map === this.bySurname ? 's' : 'k'}:${key}`;
    if (!list) map.set(key, [entity]);
    else if (!list.includes(entity)) list.push(entity);
    else return;
    entity.filed.push(filed);
  }

  private create(type: EntityType, tokens: string[]): EntityState {
    const entity: EntityState = { id: `e${this.entities.length + 1}`, type, variants: new Map(), tokens, mentions: [], geo: null, keys: new Set(), formLang: new Map(), langs: new Map(), filed: [] };
    this.entities.push(entity);
    return entity;
  }

  /** The entity a mention refers to, created when none fits. */
  private resolve(mention: EntityMention, lang: string, local: Map<string, EntityState[]>, acronyms: Map<string, EntityState>, nearbyCountries: Set<string>): EntityState {
    const cls = typeClass(mention.type);
    const surface = mention.text;
    if (cls === 'PLACE') {
      const country = lookupCountry(surface);
      const place = country ?? lookupCity(surface, nearbyCountries);
      if (place) {
        if (country) nearbyCountries.add(country.country);
        const key = place.geonameId === null ? `GEO|${place.country}` : `GEO|city:${place.geonameId}`;
        const known = this.byKey.get(key)?.[0];
        if (known) return known;
        const entity = this.create(mention.type, [tokenKey(place.name)]);
        entity.geo = { lat: place.lat, lon: place.lon, country: place.country };
        this.index(this.byKey, key, entity);
        return entity;
      }
    }
    const plain = nameKey(surface);
    const exact = this.byKey.get(`${cls}|${plain}`);
    if (exact?.length === 1) return exact[0];
    // English marks the genitive with an apostrophe: a bare -s is part of the name (Williams).
    const folded = lang === 'en' && !/['’]s?$/.test(surface) ? null : genitiveKey(surface);
    const viaGenitive = folded === null ? undefined : this.byKey.get(`${cls}|${folded}`);
    if (viaGenitive?.length === 1) return viaGenitive[0];
    if (cls === 'ORG' && acronyms.has(surface)) return acronyms.get(surface) as EntityState;

    const rawTokens = nameTokens(surface);
    const tokens = rawTokens.map((t, i) => tokenKey(i === rawTokens.length - 1 ? foldGenitive(t) : t));
    if (cls === 'PER' && tokens.length > 0) {
      const surname = tokens[tokens.length - 1];
      const block = this.bySurname.get(surname.slice(0, 3)) ?? [];
      // Same number of tokens, each the same name or its initial: the same person anywhere.
      // Token by token, initials matching what they abbreviate; failing that, with middle initials
      // left out on both sides, as writers drop them ("Kenneth M. Yaffe", "Kenneth Yaffe").
      // Two different middle initials ("Carl I. Hagen", "Carl E. Hagen") are two people.
      const full = block.filter((e) => alignedNames(tokens, e.tokens) || (tokens.length !== e.tokens.length && alignedNames(withoutMiddleInitials(tokens), withoutMiddleInitials(e.tokens))));
      if (full.length === 1) return full[0];
      // The end of a fuller name seen in this article: a second mention.
      const fuller = (local.get(surname) ?? []).filter((e) => e.tokens.length > tokens.length && tokens.every((t, i) => sameToken(t, e.tokens[e.tokens.length - tokens.length + i])));
      if (fuller.length === 1) return fuller[0];
      // One word that is part of exactly one fuller name in this article ("Løkke" after "Lars
      // Løkke Rasmussen", "Ellemann" after "Jakob Ellemann-Jensen").
      if (tokens.length === 1) {
        const partOf = (local.get(`part:${surname}`) ?? []).filter((e) => e.tokens.length > 1);
        if (partOf.length === 1) return partOf[0];
      }
    }
    const entity = this.create(mention.type, tokens);
    this.index(this.byKey, `${cls}|${plain}`, entity);
    if (folded !== null) this.index(this.byKey, `${cls}|${folded}`, entity);
    if (cls === 'PER' && tokens.length > 1) this.index(this.bySurname, tokens[tokens.length - 1].slice(0, 3), entity);
    return entity;
  }

  /** Resolves an article's mentions, setting each one's `entity`. */
  addArticle(article: Article): void {
    const local = new Map<string, EntityState[]>();
    const acronyms = new Map<string, EntityState>();
    const introduced = new Map<string, string>();
    for (const m of article.text.matchAll(ACRONYM_INTRODUCTION)) introduced.set(m[1].trim(), m[2]);
    // A town is most likely in the country the article is written in, or one it names.
    const nearbyCountries = new Set(HOME_COUNTRIES[article.lang] ?? []);
    for (const mention of article.mentions) {
      const entity = this.resolve(mention, article.lang, local, acronyms, nearbyCountries);
      mention.entity = entity.id;
      const form = variantForm(entity, mention.text);
      entity.keys.add(nameKey(form));
      const seen = entity.variants.get(form);
      if (seen !== undefined) entity.variants.set(form, seen + 1);
      else {
        // A new form outlives its article: keep a copy of its own, not a view into the text.
        const own = detached(form);
        entity.variants.set(own, 1);
        if (!entity.formLang.has(own)) entity.formLang.set(own, article.lang);
      }
      entity.langs.set(article.lang, (entity.langs.get(article.lang) ?? 0) + 1);
      if (this.options.keepMentions !== false) entity.mentions.push({ article: article.id, start: mention.start, end: mention.end, text: mention.text });
      const tokens = nameTokens(mention.text).map(tokenKey);
      if (tokens.length > entity.tokens.length && typeClass(mention.type) === typeClass(entity.type) && !entity.geo) entity.tokens = tokens;
      if (entity.type === 'PER' && entity.tokens.length > 1) {
        const surname = entity.tokens[entity.tokens.length - 1];
        const parts = nameTokens(mention.text).flatMap((t) => t.split(/[-‐]/)).map(tokenKey).filter(Boolean);
        for (const key of [surname, ...parts.map((part) => `part:${part}`)]) {
          const list = local.get(key) ?? [];
          if (!list.includes(entity)) local.set(key, [...list, entity]);
        }
      }
      // "Verdens helseorganisasjon (WHO)": the acronym in brackets right after the name.
      const bracketed = /^\s*\((\p{Lu}{2,8})\)/u.exec(article.text.slice(mention.end, mention.end + 12));
      const acronym = bracketed?.[1] ?? introduced.get(mention.text);
      if (acronym && mention.type === 'ORG') {
        acronyms.set(acronym, entity);
        this.index(this.byKey, `ORG|${nameKey(acronym)}`, entity);
      }
    }
  }

  /** Entities with their canonical name: in the language of most mentions, the most frequent
   * of the fullest forms, the first seen on a tie. */
  report(): ReportEntity[] {
    return this.entities.map(reportEntity);
  }

  /** One entity as `report` gives it, or undefined for an unknown id. */
  entity(id: string): ReportEntity | undefined {
    const e = this.entities[Number(id.slice(1)) - 1];
    return e?.id === id ? reportEntity(e) : undefined;
  }
}

function reportEntity(e: EntityState): ReportEntity {
  const forms = [...e.variants.entries()];
  const lang = [...e.langs.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const inLang = forms.filter(([form]) => e.formLang.get(form) === lang);
  const pool = inLang.length > 0 ? inLang : forms;
  const fullest = Math.max(...pool.map(([form]) => nameTokens(form).length));
  const name = pool.filter(([form]) => nameTokens(form).length === fullest).sort((a, b) => b[1] - a[1])[0][0];
  return { id: e.id, type: e.type, name, variants: forms.map(([form]) => form), mentions: e.mentions, geo: e.geo };
}

/** Name keys without single-letter initials between the first and the last. */
function withoutMiddleInitials(keys: readonly string[]): string[] {
  return keys.filter((k, i) => i === 0 || i === keys.length - 1 || k.length > 1);
}

/** Two names as keys, token by token: the same name, or an initial and a name it abbreviates. */
function alignedNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => sameToken(t, b[i]) || isInitialOf(t, b[i]) || isInitialOf(b[i], t));
}

/** The surface form to list as a variant: genitives folded ("Zelenskyjs" → "Zelenskyj",
 * "Norges" → "Norge") when the folded form is what the entity is known by. */
function variantForm(entity: EntityState, surface: string): string {
  const tokens = nameTokens(surface);
  const folded = [...tokens.slice(0, -1), foldGenitive(tokens[tokens.length - 1] ?? '')].join(' ');
  if (folded === surface.trim()) return surface;
  if (entity.geo) return countryNamed(surface) ? surface : folded;
  const lastKey = (form: string): string => tokenKey(nameTokens(form).pop() ?? '');
  const surname = entity.tokens[entity.tokens.length - 1];
  const genitiveOfKnown = entity.keys.has(nameKey(folded)) || (lastKey(folded) === surname && lastKey(surface) !== surname);
  return genitiveOfKnown || /['’]s?$/.test(surface) ? folded : surface;
}

/**
 * A string that shares no memory with the one it was cut from. A mention's text is a slice of its
 * article's text, and V8 keeps a slice as a view that holds the whole article alive: one new name
 * form per article would keep every article's text in memory for as long as the resolver lives.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Resolves all articles' mentions in order and returns the entities. */
export function resolveEntities(articles: readonly Article[]): ReportEntity[] {
  const resolver = new EntityResolver();
  for (const article of articles) resolver.addArticle(article);
  return resolver.report();
}
