import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, speakerLabelAt, splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence ends and keeps offsets into the text', () => {
    const text = 'The two sides met. They agreed to talk again! Will they?';
    expect(texts(text)).toEqual(['The two sides met.', 'They agreed to talk again!', 'Will they?']);
    expect(splitSentences(text)[1]).toMatchObject({ start: 19, end: 45 });
  });

  it('ends a sentence at an ellipsis or closing marks after its period', () => {
    expect(texts('We waited... Then the talks resumed. “We agreed.” (The sides signed.) They left?!” Yes.')).toEqual([
      'We waited...',
      'Then the talks resumed.',
      '“We agreed.”',
      '(The sides signed.)',
      'They left?!”',
      'Yes.',
    ]);
  });

  it('reads a line of endless periods in time linear in it', () => {
    // Each period of a run no sentence start follows once read the whole run after it: 128,000 periods took 30 s.
    const line = 'The sides met' + '.'.repeat(128_000) + 'and left. Then they returned.';
    const sentences = texts(line);
    expect(sentences.join('')).toBe(line.replace('. Then', '.Then'));
    expect(sentences.at(-1)).toBe('Then they returned.');
  }, 15_000);

  it('never runs across lines or blank-line paragraphs', () => {
    expect(texts('Energy Cooperation\n\nThe sides agreed\nto meet')).toEqual(['Energy Cooperation', 'The sides agreed', 'to meet']);
  });

  it('does not split after titles, initials or months before a number', () => {
    expect(texts('Amb. Jane Q. Doe met Dr. Roe on Jan. 5 in Washington. Mr. Poe spoke.')).toEqual([
      'Amb. Jane Q. Doe met Dr. Roe on Jan. 5 in Washington.',
      'Mr. Poe spoke.',
    ]);
  });

  it('treats U.S., U.N. and D.C. as abbreviations unless a sentence clearly starts', () => {
    expect(texts('The U.S. Embassy and the U.N. Security Council met in Washington, D.C. on Monday.')).toHaveLength(1);
    expect(texts('They will travel to the U.S. The visit starts Monday.')).toEqual([
      'They will travel to the U.S.',
      'The visit starts Monday.',
    ]);
    expect(texts('The call began at 10 a.m. EST and ended at noon.')).toHaveLength(1);
    expect(texts('They met Acme Inc. The talks went well.')).toHaveLength(2);
    expect(texts('They met Acme Inc. Holdings staff.')).toHaveLength(1);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(texts('He said, “We will act.” The talks continue. (They met twice.) Next.')).toEqual([
      'He said, “We will act.”',
      'The talks continue.',
      '(They met twice.)',
      'Next.',
    ]);
  });

  it('does not split decimals, numbers or lower-case continuations', () => {
    expect(texts('Growth was 3.5 percent in 2025. It rose. e.g. this one, and No. 4 too.')).toEqual([
      'Growth was 3.5 percent in 2025.',
      'It rose. e.g. this one, and No. 4 too.',
    ]);
  });

  it('reads "No.", "Art." and kin as abbreviations before a number only: before a word they end a sentence', () => {
    expect(texts('Under Resolution No. 12 and Art. 5 of the Charter, the museum returned the Confiscated Art. Ruritania thanked it.')).toEqual([
      'Under Resolution No. 12 and Art. 5 of the Charter, the museum returned the Confiscated Art.',
      'Ruritania thanked it.',
    ]);
  });

  it('cuts a run with no sentence end into pieces of at most MAX_SENTENCE_CHARS, which cover it all', () => {
    const text = `MR ROE: ${'we will and they will '.repeat(500)}`;
    const sentences = splitSentences(text);
    expect(sentences.length).toBe(Math.ceil(text.length / MAX_SENTENCE_CHARS));
    expect(sentences.every((s) => s.end - s.start <= MAX_SENTENCE_CHARS && s.speaker === 'MR ROE')).toBe(true);
    expect(sentences.map((s) => text.slice(s.start, s.end)).join('')).toBe(text.trimEnd());
  });

  it('records the speaker of every sentence of a transcript turn', () => {
    const text = 'MR PRICE: Good afternoon. We have one item.\n\nQUESTION: Thanks, Ned. Is it true?\n\nMR PRICE: It is.';
    expect(splitSentences(text).map((s) => [text.slice(s.start, s.end), s.speaker])).toEqual([
      ['MR PRICE: Good afternoon.', 'MR PRICE'],
      ['We have one item.', 'MR PRICE'],
      ['QUESTION: Thanks, Ned.', 'QUESTION'],
      ['Is it true?', 'QUESTION'],
      ['MR PRICE: It is.', 'MR PRICE'],
    ]);
  });
});

describe('speakerLabelAt', () => {
  it.each([
    ['QUESTION: Thank you.', 'QUESTION'],
    ['SECRETARY RUBIO: Well, look.', 'SECRETARY RUBIO'],
    ['MS. BRUCE: Hi.', 'MS. BRUCE'],
    ['MR PRICE:  Two spaces.', 'MR PRICE'],
    ['MODERATOR: (In Ruritanian.)', 'MODERATOR'],
    ['MR ROE: And I will send —', 'MR ROE'],
    ['QUESTION: Sir, on the harbor agreement, when do you expect', 'QUESTION'],
    // Capitals beyond ASCII, and a label alone on its line (the turn starts on the next).
    ['FOREIGN MINISTER ÇELIKÖZ: Thank you, Secretary.', 'FOREIGN MINISTER ÇELIKÖZ'],
    ['AMBASSADOR VOSS:', 'AMBASSADOR VOSS'],
  ])('reads %s', (line, label) => expect(speakerLabelAt(line)).toBe(label));

  it.each(['Begin Text:', 'The below is attributable to Spokesperson Jane Doe:', 'NOTE:no space', 'VESSEL NAME: Kestrel', 'FLAG: Ruritania'])('finds none in %s', (line) =>
    expect(speakerLabelAt(line)).toBeNull(),
  );
});
