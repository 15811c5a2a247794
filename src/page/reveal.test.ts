// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../analysis/analyze';
import { FLASH_HIGHLIGHT, FLASH_MS, Flasher, revealSpan } from './reveal';
import { RecordingHighlight, rangeText } from './test-helpers';
import { buildTextMap } from './text-map';

afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  document.body.innerHTML = '<main><p>Opening words.</p><p>The two sides <b>agreed</b> to meet in Santiago.</p></main>'; // test-only markup
  const map = buildTextMap(document.querySelector('main')!);
  const analysis = analyze(map.text, { url: 'https://www.state.gov/x/', title: 'Joint Statement' });
  const registry = new Map<string, RecordingHighlight>();
  vi.useFakeTimers();
  const flasher = new Flasher(registry as never, () => new RecordingHighlight(), (callback, ms) => setTimeout(callback, ms), (timer) => clearTimeout(timer as number));
  return { map, analysis, registry, flasher };
}

describe('revealSpan', () => {
  it('scrolls a commitment to the middle of the screen and flashes exactly its text for a moment', () => {
    const { map, analysis, registry, flasher } = setup();
    const scrolled: unknown[] = [];
    const paragraph = document.querySelectorAll('p')[1]!;
    paragraph.scrollIntoView = (options?: unknown) => void scrolled.push(options);
    const id = analysis.commitments[0]!.id;
    expect(revealSpan(analysis, map, document, id, flasher)).toBe(true);
    expect(scrolled).toEqual([{ block: 'center', behavior: 'smooth' }]);
    const flash = registry.get(FLASH_HIGHLIGHT)!;
    expect(rangeText(flash.ranges[0]!)).toBe('The two sides agreed to meet in Santiago.');
    vi.advanceTimersByTime(FLASH_MS);
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(false);
  });

  it('reveals an entity mention too, and one flash replaces another', () => {
    const { map, analysis, registry, flasher } = setup();
    const santiago = analysis.entities.find((e) => e.text === 'Santiago')!;
    expect(revealSpan(analysis, map, document, analysis.commitments[0]!.id, flasher)).toBe(true);
    vi.advanceTimersByTime(FLASH_MS / 2);
    expect(revealSpan(analysis, map, document, santiago.id, flasher)).toBe(true);
    expect(rangeText(registry.get(FLASH_HIGHLIGHT)!.ranges[0]!)).toBe('Santiago');
    vi.advanceTimersByTime(FLASH_MS / 2 + 1);
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(true);
  });

  it('says no for an id that is not on the page, or a page with nothing analyzed', () => {
    const { map, analysis, flasher } = setup();
    expect(revealSpan(analysis, map, document, 'w9-c4', flasher)).toBe(false);
    expect(revealSpan(null, null, document, 'c0', flasher)).toBe(false);
  });
});
