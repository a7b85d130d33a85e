import { languageOf, type Locale } from './index.js';

/** A panel's words in both languages: the same keys in each (the type checks it). */
export interface Words<Key extends string> {
  readonly vi: Readonly<Record<Key, string>>;
  readonly en: Readonly<Record<Key, string>>;
}

/**
 * A panel's own words, kept beside the panel (renderer/panels/<kind>/words.ts) rather than in the shared
 * message table: `wordsFor(WORDS, locale).title`.
 */
export function wordsFor<Key extends string>(table: Words<Key>, locale: Locale): Readonly<Record<Key, string>> {
  return table[languageOf(locale)];
}
