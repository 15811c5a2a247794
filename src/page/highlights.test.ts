// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Commitment, Entity } from '../analysis/types';
import { Painter, highlightName } from './highlights';
import { RecordingHighlight } from './test-helpers';
import { buildTextMap } from './text-map';


function setup() {
  const element = document.createElement('div');
  element.innerHTML = '<p>The two sides agreed to meet in Ulaanbaatar.</p>'; // test-only markup
  document.body.append(element);
  const map = buildTextMap(element);
  const registry = new Map<string, RecordingHighlight>();
  const painter = new Painter(registry as never, () => new RecordingHighlight());
  const commitment: Commitment = { id: 'c0', start: 0, end: map.text.length, strength: 'firm', trigger: 'agreed to', actors: [], time: null, place: null, means: null };
  const place = map.text.indexOf('Ulaanbaatar');
  const entity: Entity = { id: 'e0', type: 'place', text: 'Ulaanbaatar', start: place, end: place + 11, key: 'Ulaanbaatar' };
  return { element, map, registry, painter, commitment, entity };
}

describe('Painter', () => {
  it('registers one highlight per category with a range per span at commit, and counts them', () => {
    const { map, registry, painter, commitment, entity } = setup();
    expect(painter.paint(map, document, [commitment], [entity])).toEqual({ commitments: 1, entities: 1 });
    expect(registry.size).toBe(0);
    painter.commit();
    expect([...registry.keys()].sort()).toEqual([highlightName('firm'), highlightName('place')].sort());
    const range = registry.get('dl-place')!.ranges[0]!;
    expect((range.startContainer as Text).data.slice(range.startOffset, range.endOffset)).toBe('Ulaanbaatar');
    expect(registry.get('dl-place')!.priority).toBeGreaterThan(registry.get('dl-firm')!.priority);
  });

  it('adds later batches to what is shown, each commit one registration per category', () => {
    const { map, registry, painter, commitment, entity } = setup();
    painter.paint(map, document, [commitment], []);
    painter.commit();
    const first = registry.get('dl-firm');
    painter.paint(map, document, [commitment], [entity]);
    painter.commit();
    expect(registry.get('dl-firm')).not.toBe(first);
    expect(registry.get('dl-firm')!.size).toBe(2);
    expect(registry.get('dl-place')!.size).toBe(1);
  });

  it('turns categories off and on without rebuilding ranges', () => {
    const { map, registry, painter, commitment, entity } = setup();
    painter.paint(map, document, [commitment], [entity]);
    painter.commit();
    const place = registry.get('dl-place');
    painter.setEnabled(['firm']);
    expect(registry.has('dl-place')).toBe(false);
    painter.setEnabled(['firm', 'place']);
    expect(registry.get('dl-place')).toBe(place);
    expect(place!.size).toBe(1);
  });

  it('clears everything it painted', () => {
    const { map, registry, painter, commitment } = setup();
    painter.paint(map, document, [commitment], []);
    painter.commit();
    painter.clear();
    expect(registry.size).toBe(0);
  });

  it('paints nothing, and breaks nothing, where the API is missing', () => {
    const { map, element, commitment } = setup();
    const painter = Painter.forWindow({ CSS: {} } as unknown as Window);
    expect(painter.supported).toBe(false);
    expect(painter.paint(map, document, [commitment], [])).toEqual({ commitments: 1, entities: 0 });
    expect(element.innerHTML).toBe('<p>The two sides agreed to meet in Ulaanbaatar.</p>');
  });
});

/** Stands in for IntersectionObserver: the test says what comes near. */
class FakeObserver {
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(readonly report: (entries: readonly { target: Element; isIntersecting: boolean }[]) => void, readonly rootMargin: string) {}
  observe(target: Element) {
    this.observed.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  enter(...targets: Element[]) {
    this.report(targets.map((target) => ({ target, isIntersecting: true })));
  }
  leave(...targets: Element[]) {
    this.report(targets.map((target) => ({ target, isIntersecting: false })));
  }
}

describe('Painter on a page with more ranges than it registers at once', () => {
  function longPage() {
    const element = document.createElement('div');
    element.innerHTML = Array.from({ length: 6 }, (_, i) => `<p>Round ${i}: the sides agreed to meet in Ulaanbaatar.</p>`).join(''); // test-only markup
    document.body.replaceChildren(element);
    const map = buildTextMap(element);
    const paragraphs = [...element.querySelectorAll('p')];
    const commitments: Commitment[] = [];
    const entities: Entity[] = [];
    let start = 0;
    for (let i = 0; i < paragraphs.length; i++) {
      const end = map.text.indexOf('.', start) + 1;
      commitments.push({ id: `c${i}`, start, end, strength: 'firm', trigger: 'agreed to', actors: [], time: null, place: null, means: null });
      const place = map.text.indexOf('Ulaanbaatar', start);
      entities.push({ id: `e${i}`, type: 'place', text: 'Ulaanbaatar', start: place, end: place + 11, key: 'Ulaanbaatar' });
      start = end + 2;
    }
    const registry = new Map<string, RecordingHighlight>();
    let observer: FakeObserver | null = null;
    const painter = new Painter(registry as never, () => new RecordingHighlight(), undefined, {
      registerAllLimit: 4,
      observe: (report, rootMargin) => (observer = new FakeObserver(report, rootMargin)),
    });
    return { map, paragraphs, commitments, entities, registry, painter, observer: () => observer! };
  }
  const texts = (highlight: RecordingHighlight | undefined) =>
    (highlight?.ranges ?? []).map((range) => (range.startContainer as Text).data.slice(range.startOffset, range.endOffset));

  it('registers everything while under the limit, as a short page needs', () => {
    const { map, commitments, registry, painter, observer } = longPage();
    painter.paint(map, document, commitments.slice(0, 2), []);
    painter.commit();
    expect(registry.get('dl-firm')!.size).toBe(2);
    expect(observer()).toBeNull();
  });

  it('past the limit, keeps what shows until the browser reports, then shows only the ranges near the viewport', () => {
    const { map, paragraphs, commitments, entities, registry, painter, observer } = longPage();
    painter.paint(map, document, commitments.slice(0, 2), entities.slice(0, 2));
    painter.commit();
    painter.paint(map, document, commitments.slice(2), entities.slice(2));
    painter.commit();
    expect(registry.get('dl-firm')!.size).toBe(2);
    expect(observer().observed).toEqual(paragraphs);
    expect(observer().rootMargin).toMatch(/%/);

    observer().enter(paragraphs[0]!, paragraphs[1]!);
    expect(texts(registry.get('dl-firm'))).toEqual(['Round 0: the sides agreed to meet in Ulaanbaatar.', 'Round 1: the sides agreed to meet in Ulaanbaatar.']);
    expect(registry.get('dl-place')!.size).toBe(2);

    // The reader scrolls: the first paragraph leaves, the fourth comes near.
    observer().leave(paragraphs[0]!);
    observer().enter(paragraphs[3]!);
    expect(texts(registry.get('dl-firm'))).toEqual(['Round 1: the sides agreed to meet in Ulaanbaatar.', 'Round 3: the sides agreed to meet in Ulaanbaatar.']);
    expect(registry.get('dl-place')!.size).toBe(2);
  });

  it('keeps the toggles, and stops watching when cleared', () => {
    const { map, paragraphs, commitments, entities, registry, painter, observer } = longPage();
    painter.paint(map, document, commitments, entities);
    painter.commit();
    painter.setEnabled(['firm']);
    observer().enter(paragraphs[2]!);
    expect(registry.get('dl-firm')!.size).toBe(1);
    expect(registry.has('dl-place')).toBe(false);
    painter.setEnabled(['firm', 'place']);
    expect(registry.get('dl-place')!.size).toBe(1);
    painter.clear();
    expect(observer().disconnected).toBe(true);
    expect(registry.size).toBe(0);
  });
});
