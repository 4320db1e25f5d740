// The resolve corpus stage: mentions to entities, spelling variants merged, places on the map.
export { EntityResolver, resolveEntities, type ResolvedEntityState } from './entity-resolver.js';
export { editDistance, foldGenitive, genitiveKey, isInitialOf, nameKey, sameToken, tokenKey } from './name-key.js';
export { countryNamed, lookupCity, lookupCountry, type Place } from './places.js';
