import { describe, expect, it } from 'vitest';
import { literalStarts } from './literal-starts';

const LETTERS = "abcdefghijklmnopqrstuvwxyz '.";
const starts = (source: string, maxChars = 40): string[] => literalStarts(source, LETTERS, maxChars).sort();

describe('literalStarts', () => {
  it('reads each alternative up to its end, groups and optional parts expanded', () => {
    expect(starts('agree[ds]? to|decided to')).toEqual(['agree to', 'agreed to', 'agrees to', 'decided to']);
    expect(starts('(?:re)?commit(?:s|ted)? to')).toEqual(['commit to', 'commits to', 'committed to', 'recommit to', 'recommits to', 'recommitted to']);
  });

  it('stops at what is not a fixed character: a range, \\w, a repeat that may run on, the wildcard', () => {
    expect(starts('is (?:[a-z]+ly |also )?committed')).toEqual(['is ', 'is also committed', 'is committed']);
    expect(starts('express\\w* support')).toEqual(['express', 'express support']);
    expect(starts('call(?:s|ed)? (?:(?:[a-z]+ly|again) ){0,2}on')).toEqual([
      'call ', 'call again ', 'call on', 'called ', 'called again ', 'called on', 'calls ', 'calls again ', 'calls on',
    ]);
    expect(starts('a.b|[^,]x|c+d')).toEqual(['', 'a', 'c']);
  });

  it('reads through lookarounds and \\b, which match no text, and keeps escaped characters', () => {
    expect(starts('(?<!\\b(?:the|a) )will(?! not)|u\\.s\\. plan')).toEqual(['u.s. plan', 'will']);
    expect(starts('(?<=x)(?=y)\\bgo\\b')).toEqual(['go']);
  });

  it('ends a start at a character outside the alphabet, leaving an empty one for a match that may begin there', () => {
    expect(starts('(?:\\$|us\\$) aid')).toEqual(['', 'us']);
    expect(starts('’ll|x')).toEqual(['', 'x']);
  });

  it('cuts starts to the length asked for', () => {
    expect(starts('reaffirmed (?:the|our) commitment|pledge', 12)).toEqual(['pledge', 'reaffirmed o', 'reaffirmed t']);
  });

  it('stops growing starts past a bound rather than multiplying them without end', () => {
    const many = '(?:a|b|c|d|e|f|g|h)(?:a|b|c|d|e|f|g|h)(?:a|b|c|d|e|f|g|h)(?:a|b|c|d|e|f|g|h)';
    const found = literalStarts(many, LETTERS, 40);
    expect(found.length).toBe(512);
    expect(found.every((s) => s.length === 3)).toBe(true);
  });
});
