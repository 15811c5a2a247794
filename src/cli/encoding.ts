// Input files decoded as their bytes say. A byte order mark names UTF-8 or
// UTF-16 and is no part of the text, so no offset counts it. A page is
// decoded as a browser decodes it (the HTML standard's sniffing: byte order
// mark, then the charset its head declares; pages saved from the older
// archives may be windows-1252), by encoding-sniffer, which decodes with the
// Encoding Standard's tables: Node 20's own TextDecoder reads windows-1252 as
// Latin-1, so a curly apostrophe (0x92) would come out as a control
// character. Anything else is UTF-8.

import { decodeBuffer } from 'encoding-sniffer';

/** The encodings a byte order mark can name. */
type BomEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How many bytes a byte order mark takes at most: enough to tell which one a file opens with. */
const BOM_BYTES = 3;

/** The encoding a byte order mark at the start of `bytes` names, or null when there is none. */
export function bomEncoding(bytes: Uint8Array): BomEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** How many of a file's first bytes tell text from a document of another kind. */
export const SNIFF_BYTES = 4096;

/**
 * What a file that is not text is, from its first bytes, or null for text: a PDF or a zip archive (a .docx or an .odt
 * is one) by the signature it opens with; anything else by a NUL byte, which text never holds unless a UTF-16 byte
 * order mark makes its NULs halves of characters (the test git and grep use).
 */
export function binaryKind(head: Uint8Array): string | null {
  const opening = Buffer.from(head.subarray(0, 5)).toString('latin1');
  if (opening === '%PDF-') return 'a PDF';
  if (opening.startsWith('PK\x03\x04')) return 'a zip archive (as a .docx is)';
  if (head.includes(0) && !bomEncoding(head)?.startsWith('utf-16')) return 'binary data';
  return null;
}

/**
 * A page's text from its bytes, as a browser decodes it; UTF-8 when it declares no charset, as pages are saved today
 * (the HTML standard's default, windows-1252, stands for a browser's locale, which a file has none of).
 */
export const decodePage = (bytes: Uint8Array): string => decodeBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { defaultEncoding: 'utf-8' });

/** A decoder for what `bytes` open with: its byte order mark's encoding, else UTF-8. It leaves the mark out of the text. */
const decoderFor = (bytes: Uint8Array): TextDecoder => new TextDecoder(bomEncoding(bytes) ?? 'utf-8');

/** A text file's (or a JSON document's) text from its bytes. */
export const decodeText = (bytes: Uint8Array): string => decoderFor(bytes).decode(bytes);

/**
 * A file's text as it is read, in pieces, decoded as decodeText decodes it whole: the encoding is chosen once the first
 * BOM_BYTES bytes are in, and a character cut between two reads is decoded whole with the second.
 */
export async function* decodedChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let head = Buffer.alloc(0);
  for await (const chunk of chunks) {
    if (decoder) {
      yield decoder.decode(chunk, { stream: true });
      continue;
    }
    head = Buffer.concat([head, chunk]);
    if (head.length < BOM_BYTES) continue;
    decoder = decoderFor(head);
    yield decoder.decode(head, { stream: true });
  }
  // What the decoder still holds; or, for a file shorter than a byte order mark, all of it.
  yield decoder ? decoder.decode() : decoderFor(head).decode(head);
}
