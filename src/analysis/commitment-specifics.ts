// When, where and through what a commitment is to be done, labeled as every
// view names them (the page's card, the popup, the Markdown brief, the CLI's
// report), in one order. Its own module, importing nothing but types, as
// entity-counts.ts is: the content script's card reads it, and a module of the
// analysis proper would bring the lexicons into every page.

import type { Commitment } from './types';

export type Specific = [label: 'When' | 'Where' | 'Through', value: string];

/** The specifics the text gives, in the order When, Where, Through; none for those it does not. */
export function specificsOf(c: Pick<Commitment, 'time' | 'place' | 'means'>): Specific[] {
  const all: Array<[Specific[0], string | null]> = [
    ['When', c.time],
    ['Where', c.place],
    ['Through', c.means],
  ];
  return all.filter((specific): specific is Specific => !!specific[1]);
}
