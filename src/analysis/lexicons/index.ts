// Lexicons for entity recognition and actor resolution; see each module's header for its guide type.
export type { Country, Instrument, Organization, Place } from './types';
export { COUNTRIES, FORMER_COUNTRIES } from './countries';
// Given names before places and organizations: modules are bundled in this order, and so gzip 33 bytes smaller
// than after them (7 of them for coming before places).
export { GIVEN_NAMES, LEADER_SURNAMES } from './given-names';
export { CAPITALS, CITIES, PLACE_HEAD_NOUNS, PLACE_PREFIXES, PLACES, REGIONS, SUBNATIONAL, US_STATES } from './places';
export { AMBIGUOUS_ACRONYMS, COMPANY_SUFFIXES, INTERNATIONAL_ORGANIZATIONS, ORGANIZATIONS, ORG_HEAD_NOUNS, ORG_PREFIXES } from './organizations';
export { NON_PERSON_SPEAKER_LABELS, PERSON_ROLE_NOUNS, PERSON_TITLES, TITLE_MODIFIERS } from './titles';
export { INSTRUMENT_HEAD_NOUNS, INSTRUMENTS, NUMBERED_INSTRUMENT_PREFIXES } from './instruments';
export { FUNCTION_WORDS } from './function-words';
export { surfaces } from './parse';
