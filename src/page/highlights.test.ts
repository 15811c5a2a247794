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
