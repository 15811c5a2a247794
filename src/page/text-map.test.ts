// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, domPointAt, rangeFor, TextMapWalk, textOffsetAt } from './text-map';

function root(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html; // test-only markup, written here
  return div;
}

describe('buildTextMap', () => {
  it('maps every character of the text back to where it is in the DOM', () => {
    const element = root('<p>The two <b>sides</b> <a href="#">agreed</a>.</p><h2>Next\u00a0steps</h2><ul><li>One</li><li>Two</li></ul>');
    const map = buildTextMap(element);
    expect(map.text).toBe('The two sides agreed.\n\nNext steps\n\nOne\n\nTwo');
    for (let offset = 0; offset < map.text.length; offset++) {
      const char = map.text[offset]!;
      const point = domPointAt(map, offset);
      if (char === '\n') {
        expect(point).toBeNull();
        continue;
      }
      const original = point!.node.data[point!.offset]!;
      expect(char === ' ' ? /\s/.test(original) : original).toBe(char === ' ' ? true : char);
      expect(textOffsetAt(map, point!.node, point!.offset)).toBe(offset);
    }
  });

  it('folds white space across nodes, drops soft hyphens, and breaks at <br>', () => {
    const map = buildTextMap(root('<p>  co\u00adoperation \n <i> on </i>  trade<br>next line </p>'));
    expect(map.text).toBe('cooperation on trade\n\nnext line');
  });

  it('leaves out scripts, hidden and screen-reader-only elements, skipped chrome and the markers', () => {
    const map = buildTextMap(
      root(
        '<p>Begin Text:</p><p>Kept.</p><script>x()</script><p style="display: none">Gone.</p><span class="sr-only">Opens a new window</span>' +
          '<div class="share">Share</div><p>End Text.</p><p># # #</p>',
      ),
      '.share',
    );
    expect(map.text).toBe('Kept.');
  });

  it('does not break a sentence around a hidden block inside it', () => {
    const element = document.createElement('div');
    const paragraph = element.appendChild(document.createElement('p'));
    paragraph.append('The two sides ');
    const hidden = paragraph.appendChild(document.createElement('div'));
    hidden.setAttribute('hidden', '');
    hidden.append('x');
    paragraph.append('agreed to meet.');
    expect(buildTextMap(element).text).toBe('The two sides agreed to meet.');
  });

  it('leaves out navigation, buttons and footers, and gives an empty text for an empty element', () => {
    expect(buildTextMap(root('<nav>Menu</nav><p>Kept.</p><button>Share</button><footer>Footer</footer>')).text).toBe('Kept.');
    expect(buildTextMap(root('')).text).toBe('');
  });

  it('survives deep nesting without recursion', () => {
    let html = 'deep';
    for (let i = 0; i < 5000; i++) html = `<span>${html}</span>`;
    expect(buildTextMap(root(`<p>${html}</p>`)).text).toBe('deep');
  });

  it('never changes the page', () => {
    const element = root('<p>The <b>sides</b>\u00a0agreed.</p>');
    const before = element.innerHTML;
    buildTextMap(element);
    expect(element.innerHTML).toBe(before);
  });
});

describe('TextMapWalk', () => {
  it('builds, a slice at a time, the same map as in one go', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>Paragraph <b>${i}</b>, with <i>inline</i> text.</p>`).join('<br>');
    const whole = buildTextMap(root(paragraphs));
    const element = root(paragraphs);
    const walk = new TextMapWalk(element);
    let slices = 1;
    let map = walk.step(() => true);
    while (!map) {
      slices++;
      map = walk.step(() => true);
    }
    expect(slices).toBeGreaterThan(3);
    expect(map.text).toBe(whole.text);
    expect(map.textStart).toEqual(whole.textStart);
    expect(map.nodeStart).toEqual(whole.nodeStart);
    expect(map.length).toEqual(whole.length);
    // Once done it stays done.
    expect(walk.step(() => true)).toBe(map);
  });
});

describe('rangeFor', () => {
  it('covers exactly the characters of a span, across inline elements', () => {
    const element = root('<p>The two <b>sides</b> agreed to meet.</p>');
    document.body.append(element);
    const map = buildTextMap(element);
    const start = map.text.indexOf('two sides');
    const range = rangeFor(map, start, start + 'two sides agreed'.length, document)!;
    expect(range.toString()).toBe('two sides agreed');
    element.remove();
  });

  it('refuses empty spans and spans that end outside the map', () => {
    const map = buildTextMap(root('<p>One</p><p>Two</p>'));
    expect(rangeFor(map, 2, 2, document)).toBeNull();
    expect(rangeFor(map, 0, 4, document)).toBeNull(); // ends inside the block break
  });
});
