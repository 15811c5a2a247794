// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
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

/** Stands in for the window: paragraphs 100 px apart, a 300 px high view the test scrolls. */
class FakeViewport {
  scrollY = 0;
  readonly frames: Array<() => void> = [];
  private moved: (() => void) | null = null;
  stopped = false;
  constructor(elements: Element[]) {
    elements.forEach((element, index) => {
      element.getBoundingClientRect = () => ({ top: index * 100 - this.scrollY, bottom: index * 100 + 50 - this.scrollY }) as DOMRect;
    });
  }
  env = {
    watch: (callback: () => void) => {
      this.moved = callback;
      return () => {
        this.stopped = true;
      };
    },
    nextFrame: (callback: () => void) => void this.frames.push(callback),
    viewportHeight: () => 300,
  };
  runFrames() {
    for (const frame of this.frames.splice(0)) frame();
  }
  scrollTo(y: number) {
    this.scrollY = y;
    this.moved?.();
  }
}

describe('Painter on a page with more ranges than it registers at once', () => {
  function longPage() {
    const element = document.createElement('div');
    element.innerHTML = Array.from({ length: 12 }, (_, i) => `<p>Round ${i}: the sides agreed to meet in Ulaanbaatar.</p>`).join(''); // test-only markup
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
    const viewport = new FakeViewport(paragraphs);
    const painter = new Painter(registry as never, () => new RecordingHighlight(), undefined, { registerAllLimit: 4, viewport: viewport.env });
    return { map, paragraphs, commitments, entities, registry, painter, viewport };
  }
  const rounds = (highlight: RecordingHighlight | undefined) =>
    (highlight?.ranges ?? []).map((range) => Number(/Round (\d+)/.exec((range.startContainer as Text).data)![1]));

  it('registers everything while under the limit, as a short page needs', () => {
    const { map, commitments, registry, painter, viewport } = longPage();
    painter.paint(map, document, commitments.slice(0, 2), []);
    painter.commit();
    expect(registry.get('dl-firm')!.size).toBe(2);
    expect(viewport.frames).toEqual([]);
  });

  it('past the limit, keeps what shows until the next frame, then shows only the ranges within a screen of the view', () => {
    const { map, commitments, entities, registry, painter, viewport } = longPage();
    painter.paint(map, document, commitments.slice(0, 2), entities.slice(0, 2));
    painter.commit();
    painter.paint(map, document, commitments.slice(2), entities.slice(2));
    painter.commit();
    expect(registry.get('dl-firm')!.size).toBe(2);
    viewport.runFrames();
    // View 0-300 px, one screen either side: paragraphs from -300 to 600 px.
    expect(rounds(registry.get('dl-firm'))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(registry.get('dl-place')!.size).toBe(7);
    // The reader scrolls down.
    viewport.scrollTo(700);
    expect(rounds(registry.get('dl-firm'))).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    const before = registry.get('dl-firm');
    viewport.scrollTo(705);
    expect(registry.get('dl-firm')).toBe(before);
  });

  it('makes a span’s range only once it is near the view, and once', () => {
    const { map, commitments, entities, painter, viewport } = longPage();
    // happy-dom has no StaticRange: the painter makes live ranges there, counted here.
    const made = vi.spyOn(document, 'createRange');
    try {
      painter.paint(map, document, commitments, entities);
      painter.commit();
      expect(made).not.toHaveBeenCalled();
      viewport.runFrames();
      // The seven paragraphs within a screen of the view: a commitment and a place each.
      expect(made).toHaveBeenCalledTimes(14);
      viewport.scrollTo(700);
      // Rounds 7 to 11 come near; 4 to 6 were near already and keep their ranges.
      expect(made).toHaveBeenCalledTimes(14 + 10);
      viewport.scrollTo(0);
      expect(made).toHaveBeenCalledTimes(14 + 10);
    } finally {
      made.mockRestore();
    }
  });

  it('keeps the toggles, and stops watching when cleared', () => {
    const { map, commitments, entities, registry, painter, viewport } = longPage();
    painter.paint(map, document, commitments, entities);
    painter.commit();
    painter.setEnabled(['firm']);
    viewport.runFrames();
    expect(registry.get('dl-firm')!.size).toBe(7);
    expect(registry.has('dl-place')).toBe(false);
    painter.setEnabled(['firm', 'place']);
    expect(registry.get('dl-place')!.size).toBe(7);
    painter.clear();
    expect(viewport.stopped).toBe(true);
    expect(registry.size).toBe(0);
  });
});

describe('Painter told of a long text', () => {
  it('watches the viewport from the first commit, registering nothing before it looked', () => {
    const element = document.createElement('div');
    element.innerHTML = '<p>The two sides agreed to meet.</p>'; // test-only markup
    document.body.replaceChildren(element);
    const map = buildTextMap(element);
    const registry = new Map<string, RecordingHighlight>();
    const viewport = new FakeViewport([element.querySelector('p')!]);
    const painter = new Painter(registry as never, () => new RecordingHighlight(), undefined, { registerAllLimit: 100, viewport: viewport.env });
    painter.planFor(100 * 50 + 1);
    const commitment: Commitment = { id: 'c0', start: 0, end: map.text.length, strength: 'firm', trigger: 'agreed to', actors: [], time: null, place: null, means: null };
    painter.paint(map, document, [commitment], []);
    painter.commit();
    expect(registry.size).toBe(0);
    viewport.runFrames();
    expect(registry.get('dl-firm')!.size).toBe(1);
  });
});
