// The card a click on a mark opens: for a commitment its strength, who
// commits, the trigger words, when, where and through what; for an entity
// its type, canonical name and mentions. Built with the DOM API and
// textContent only: page text is never parsed as markup.

import { specificsOf } from '../analysis/commitment-specifics';
import type { Mark } from './hit-test';

const STRENGTH_LABEL = { firm: 'Firm commitment', intent: 'Intent', support: 'Support' } as const;
const TYPE_LABEL = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  place: 'Place',
  date: 'Date',
  instrument: 'Instrument',
} as const;

export interface CardActions {
  close(): void;
  /** Opens the note editor on the marked text; without it the button is off. */
  addNote?(): void;
}

function row(doc: Document, list: HTMLElement, term: string, value: string | null): void {
  if (!value) return;
  const dt = doc.createElement('dt');
  dt.textContent = term;
  const dd = doc.createElement('dd');
  dd.textContent = value;
  list.append(dt, dd);
}

/** The card's element for a mark; `mentions` counts the entity's mentions on the page. */
export function buildCard(doc: Document, mark: Mark, mentions: number, actions: CardActions): HTMLElement {
  const card = doc.createElement('section');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.tabIndex = -1;
  const heading = doc.createElement('h2');
  const details = doc.createElement('dl');
  if (mark.kind === 'commitment') {
    const c = mark.commitment;
    card.dataset.category = c.strength;
    heading.textContent = STRENGTH_LABEL[c.strength];
    row(doc, details, 'Who', c.actors.join(', ') || 'Not named');
    row(doc, details, 'Trigger', c.trigger ? `“${c.trigger}”` : 'Spells out the commitment before it');
    for (const [label, value] of specificsOf(c)) row(doc, details, label, value);
  } else {
    const e = mark.entity;
    card.dataset.category = e.type;
    heading.textContent = TYPE_LABEL[e.type];
    // A date's key is folded to group its forms ("march 20, 2024"): the card names it as the page writes it.
    row(doc, details, 'Name', e.type === 'date' ? e.text : e.key);
    row(doc, details, 'Mentions', String(mentions));
  }
  card.setAttribute('aria-label', heading.textContent ?? 'Diplomatic Lens');

  const buttons = doc.createElement('div');
  buttons.className = 'buttons';
  const note = doc.createElement('button');
  note.type = 'button';
  note.textContent = 'Add note';
  if (actions.addNote) note.addEventListener('click', () => actions.addNote!());
  else note.disabled = true;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', () => actions.close());
  buttons.append(note, close);
  card.append(heading, details, buttons);
  return card;
}

/** The card's styles, inside its shadow root: the page's CSS cannot reach it, nor it the page. */
export const CARD_CSS = `
.card { position: fixed; z-index: 2147483647; width: 300px; box-sizing: border-box; padding: 12px 14px;
  font: 13px/1.45 system-ui, sans-serif; color: #1a1d23; background: #fff; border: 1px solid #c8ccd4;
  border-left: 5px solid #1b2a4a; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.card[data-category="firm"] { border-left-color: #2e7d32; }
.card[data-category="intent"] { border-left-color: #1565c0; }
.card[data-category="support"] { border-left-color: #b26a00; }
.card[data-category="person"] { border-left-color: #8e44ad; }
.card[data-category="country"] { border-left-color: #c0392b; }
.card[data-category="organization"] { border-left-color: #16808a; }
.card[data-category="place"] { border-left-color: #2e7d32; }
.card[data-category="date"] { border-left-color: #6d6d6d; }
.card[data-category="instrument"] { border-left-color: #b7791f; }
h2 { font-size: 14px; margin: 0 0 6px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0 0 10px; }
dt { color: #4a5261; } dd { margin: 0; }
.buttons { display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #1b2a4a; background: #1b2a4a; color: #fff; cursor: pointer; }
button:disabled { background: #e9ebef; color: #4a5261; border-color: #c8ccd4; cursor: not-allowed; }
button:focus-visible, .card:focus-visible { outline: 2px solid #1f5fd6; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaee; background: #1d2128; border-color: #3a404c; }
  dt { color: #aab1bd; }
  button { background: #9db7ea; color: #0f1420; border-color: #9db7ea; }
  button:disabled { background: #2a2f38; color: #aab1bd; border-color: #3a404c; }
}`;
