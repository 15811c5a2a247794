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

/**
 * Every property name a file writes: read ("a.low", "a['low']"), set or declared ("{ low: 1 }", "{ low }", "low: string",
 * "get low()"), or destructured ("const { low } = a"); never a variable's name, nor the words of its strings or comments.
 */
function propertyNames(file: string): Set<string> {
  const found = new Set<string>();
  const nameOf = (name: ts.Node | undefined): void => {
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name))) found.add(name.text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) nameOf(node.name);
    else if (ts.isElementAccessExpression(node)) nameOf(node.argumentExpression);
    else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) nameOf(node.propertyName ?? node.name);
    else if (
      ts.isPropertyAssignment(node) ||
      ts.isShorthandPropertyAssignment(node) ||
      ts.isPropertySignature(node) ||
      ts.isPropertyDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isMethodSignature(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)
    )
      nameOf(node.name);
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
    // The command line runs the sources in Node and is never minified: its names are its own.
    const built = sources('src').filter((file) => !file.startsWith(join('src', 'analysis')) && !file.startsWith(join('src', 'cli')));
    const outside = [...built, ...sources('entrypoints'), ...CROSSING];
    for (const file of outside) {
      const used = propertyNames(file);
      expect(INTERNAL_PROPERTIES.filter((name) => used.has(name)), file).toEqual([]);
    }
  });

  it('are each still used by the analysis core: a name it no longer uses is dropped from the list', () => {
    const used = new Set(sources(join('src', 'analysis')).flatMap((file) => [...propertyNames(file)]));
    expect(INTERNAL_PROPERTIES.filter((name) => !used.has(name))).toEqual([]);
  });
});
