import { describe, expect, it } from 'vitest';
import { binaryKind, bomEncoding, decodedChunks, decodePage, decodeText } from './encoding';

const utf16le = (text: string): Uint8Array => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Uint8Array => new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
const utf8Bom = (text: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
/** windows-1252 bytes for Latin-1 text plus the curly quotes and dashes it writes at 0x91-0x97. */
const cp1252 = (text: string): Uint8Array =>
  new Uint8Array([...text].map((c) => ({ '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 })[c] ?? c.charCodeAt(0)));

/** `bytes` cut into pieces of `size`, as a stream hands them over. */
async function* piecesOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const join = async (chunks: AsyncIterable<string>): Promise<string> => {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
};

describe('binaryKind', () => {
  it('tells a PDF, a zip archive and other binary data from text', () => {
    expect(binaryKind(Buffer.from('%PDF-1.7\n%\xe2\xe3'))).toBe('a PDF');
    expect(binaryKind(Buffer.from('PK\x03\x04\x14\x00', 'latin1'))).toBe('a zip archive (as a .docx is)');
    expect(binaryKind(Buffer.from('GIF89a\x00\x01', 'latin1'))).toBe('binary data');
  });

  it('reads text as text, UTF-16 with its byte order mark included', () => {
    expect(binaryKind(Buffer.from('We will meet in Darkhan’s new hall.'))).toBeNull();
    expect(binaryKind(utf16le('We will meet.'))).toBeNull();
    expect(binaryKind(utf16be('We will meet.'))).toBeNull();
    expect(binaryKind(new Uint8Array(0))).toBeNull();
  });
});

describe('bomEncoding', () => {
  it('names the encoding of a byte order mark, and none without one', () => {
    expect(bomEncoding(utf8Bom('a'))).toBe('utf-8');
    expect(bomEncoding(utf16le('a'))).toBe('utf-16le');
    expect(bomEncoding(utf16be('a'))).toBe('utf-16be');
    expect(bomEncoding(Buffer.from('abc'))).toBeNull();
    expect(bomEncoding(new Uint8Array(0))).toBeNull();
  });
});

describe('decodeText and decodedChunks', () => {
  const text = 'Mongolia’s herders — and Darkhan’s mayor — will meet in 2027. Монгол Улс 😀';

  it('read UTF-8, and UTF-8 or UTF-16 after a byte order mark, leaving the mark out', () => {
    for (const bytes of [Buffer.from(text, 'utf8'), utf8Bom(text), utf16le(text), utf16be(text)]) expect(decodeText(bytes)).toBe(text);
  });

  it('decode a stream as the whole, however its pieces cut the mark or a character', async () => {
    for (const bytes of [Buffer.from(text, 'utf8'), utf8Bom(text), utf16le(text), utf16be(text)]) {
      for (const size of [1, 2, 3, 5, 64]) expect(await join(decodedChunks(piecesOf(bytes, size)))).toBe(text);
    }
    // Shorter than a byte order mark, and empty.
    expect(await join(decodedChunks(piecesOf(Buffer.from('ab'), 1)))).toBe('ab');
    expect(await join(decodedChunks(piecesOf(new Uint8Array(0), 1)))).toBe('');
  });
});

describe('decodePage', () => {
  const body = 'The Ministers’ talks – held in Darkhan – were “productive.”';

  it('reads the charset a page declares, in a meta tag or an XML declaration', () => {
    const httpEquiv = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>${body}</p></body></html>`;
    expect(decodePage(cp1252(httpEquiv))).toContain(body);
    // ISO-8859-1 is read as windows-1252, as browsers read it: the quotes of a page saved so are quotes still.
    const metaCharset = `<html><head><meta charset="iso-8859-1"><title>Caf\u00e9</title></head><body><p>${body}</p></body></html>`;
    expect(decodePage(cp1252(metaCharset))).toContain(`Caf\u00e9</title></head><body><p>${body}`);
    const xhtml = `<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>${body}</p></body></html>`;
    expect(decodePage(cp1252(xhtml))).toContain(body);
  });

  it('reads UTF-8 when a page declares nothing, and a byte order mark over a declaration', () => {
    expect(decodePage(Buffer.from(`<p>${body}</p>`, 'utf8'))).toBe(`<p>${body}</p>`);
    expect(decodePage(utf8Bom(`<meta charset="windows-1252"><p>${body}</p>`))).toBe(`<meta charset="windows-1252"><p>${body}</p>`);
  });
});
