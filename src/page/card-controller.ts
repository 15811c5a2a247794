// Opens the card for the mark under a click, steps through commitments from
// the keyboard (Alt+Shift+N / Alt+Shift+P), and closes on Escape. The card
// lives in a shadow root hung on <html>, outside the page's content.

import { countEntities } from '../analysis/entity-counts';
import type { Commitment } from '../analysis/types';
import { buildCard } from './card';
import { positionBeside } from './card-position';
import { markAt, stepCommitment, type Mark } from './hit-test';
import type { PageSession } from './page-session';
import { rangeFor, textOffsetAt } from './text-map';

/** Where cards are shown: a container in a shadow root, made on first use. */
export interface CardHost {
  container(): Promise<HTMLElement>;
  /** The card's "Add note": a note on the marked text (absent: the button is off). */
  addNote?(span: { start: number; end: number }): void;
}

/** The text node and offset under a point, in either browser's API. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const api = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const position = api.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = api.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(element.tagName ?? ''));
}

export class CardController {
  private card: HTMLElement | null = null;
  private current: Commitment | null = null;

  constructor(
    private readonly doc: Document,
    private readonly session: PageSession,
    private readonly host: CardHost,
  ) {}

  /** Opens the card of the mark clicked; otherwise closes it and returns the text offset clicked (-1 outside the text). */
  async onClick(event: MouseEvent): Promise<number> {
    if (event.button !== 0 || this.card?.contains(event.target as Node)) return -1;
    // A click that ends a text selection is the reader selecting, not asking.
    if (!(this.doc.defaultView?.getSelection()?.isCollapsed ?? true)) return -1;
    const { analysis, map } = await this.session.result();
    const caret = map ? caretAt(this.doc, event.clientX, event.clientY) : null;
    const offset = caret && map ? textOffsetAt(map, caret.node, caret.offset) : -1;
    const mark = offset >= 0 && analysis ? markAt(analysis, offset) : null;
    if (mark) {
      await this.open(mark);
      return -1;
    }
    this.close();
    return offset;
  }

  onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.card) {
      this.close();
      return;
    }
    if (!event.altKey || !event.shiftKey || isEditable(event.target)) return;
    const step = event.code === 'KeyN' ? 1 : event.code === 'KeyP' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    void this.step(step);
  }

  async step(direction: 1 | -1): Promise<void> {
    const { analysis, map } = await this.session.result();
    const next = analysis ? stepCommitment(analysis.commitments, this.current, direction) : null;
    if (!next || !map) return;
    const range = rangeFor(map, next.start, next.end, this.doc);
    const element = range?.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center' });
    await this.open({ kind: 'commitment', commitment: next }, true);
  }

  close(): void {
    this.card?.remove();
    this.card = null;
  }

  private async open(mark: Mark, focus = false): Promise<void> {
    const { analysis, map } = await this.session.result();
    if (!analysis || !map) return;
    this.current = mark.kind === 'commitment' ? mark.commitment : this.current;
    const span = mark.kind === 'commitment' ? mark.commitment : mark.entity;
    const mentions = mark.kind === 'entity' ? countEntities(analysis.entities).find((c) => c.key === mark.entity.key)?.mentions ?? 1 : 0;
    const container = await this.host.container();
    this.close();
    const addNote = this.host.addNote;
    this.card = buildCard(this.doc, mark, mentions, {
      close: () => this.close(),
      ...(addNote
        ? {
            addNote: () => {
              this.close();
              addNote({ start: span.start, end: span.end });
            },
          }
        : {}),
    });
    container.append(this.card);
    const target = rangeFor(map, span.start, span.end, this.doc)?.getBoundingClientRect();
    if (target) positionBeside(this.card, target, { width: 300, height: 160 });
    if (focus) this.card.focus();
  }
}
