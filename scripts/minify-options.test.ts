import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { INTERNAL_PROPERTIES } from './minify-options';

/** The source files below `dir`, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(dir, file));
}

/** Every identifier a file writes: names, properties, bindings; never the words of its strings or comments. */
function identifiers(file: string): Set<string> {
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) found.add(node.text);
    node.forEachChild(visit);
  };
  visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS));
  return found;
}

/**
 * The analysis's modules whose objects leave the background script: its output's types, and what the page and
 * the popup import to read that output.
 */
const CROSSING = ['src/analysis/types.ts', 'src/analysis/digest.ts', 'src/analysis/windows.ts', 'src/analysis/entity-counts.ts'];

describe('the properties the build renames', () => {
  it('are used by no code outside the analysis core, nor by the objects it hands on', () => {
    const outside = [...sources('src').filter((file) => !file.startsWith(join('src', 'analysis'))), ...sources('entrypoints'), ...CROSSING];
    for (const file of outside) {
      const used = identifiers(file);
      expect(INTERNAL_PROPERTIES.filter((name) => used.has(name)), file).toEqual([]);
    }
  });

  it('are each still used by the analysis core: a name it no longer uses is dropped from the list', () => {
    const used = new Set(sources(join('src', 'analysis')).flatMap((file) => [...identifiers(file)]));
    expect(INTERNAL_PROPERTIES.filter((name) => !used.has(name))).toEqual([]);
  });
});
