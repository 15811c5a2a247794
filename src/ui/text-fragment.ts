// A link that opens a statement scrolled to a note's passage: the URL with a
// text fragment (#:~:text=), which Chrome and Firefox both follow. Long
// quotes use its start,end form so the link stays short.

const WORDS_AT_EACH_END = 4;

/** Text fragments reserve "-", "," and "&": encode them beyond encodeURIComponent. */
const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

export function urlAtQuote(url: string, quote: string): string {
  const base = url.replace(/#.*$/, '');
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length === 0 || words[0] === '') return base;
  const directive =
    words.length <= WORDS_AT_EACH_END * 2
      ? encode(words.join(' '))
      : `${encode(words.slice(0, WORDS_AT_EACH_END).join(' '))},${encode(words.slice(-WORDS_AT_EACH_END).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}
