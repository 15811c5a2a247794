// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockText } from './block-text';

function root(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html; // test-only markup, written here
  return div;
}

describe('blockText', () => {
  it('puts a blank line between blocks and joins inline text', () => {
    const text = blockText(root('<h2>Agreed text</h2><p>The two <b>sides</b> agreed.</p><ul><li>One</li><li>Two</li></ul>'));
    expect(text).toBe('Agreed text\n\nThe two sides agreed.\n\nOne\n\nTwo');
  });

  it('splits at <br> and folds white space, no-break spaces and soft hyphens', () => {
    expect(blockText(root('<p>First\u00a0line<br>second   co\u00adoperation\n line</p>'))).toBe(
      'First line\n\nsecond cooperation line',
    );
  });

  it('leaves out navigation, scripts, buttons and hidden elements', () => {
    const text = blockText(
      root(
        '<nav>Menu</nav><p>Kept.</p><script>var x = 1;</script><button>Share</button>' +
          '<p hidden>Hidden.</p><p aria-hidden="true">Also hidden.</p><footer>Footer</footer>',
      ),
    );
    expect(text).toBe('Kept.');
  });

  it('gives an empty string for an empty element', () => {
    expect(blockText(root(''))).toBe('');
  });
});

describe('blockText with a site adapter', () => {
  it('leaves out what the adapter says is never statement text, and the Begin/End Text markers', () => {
    const text = blockText(
      root('<div class="share">Share on X</div><p>Begin Text:</p><p>The sides agreed.</p><p>End Text.</p><aside class="related">More</aside>'),
      '.share, .related',
    );
    expect(text).toBe('The sides agreed.');
  });
});
