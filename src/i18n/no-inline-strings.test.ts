/**
 * Interface text lives in the catalogs (src/i18n/messages/), so that every language has it. This
 * reads every component and fails on text a reader would see that is written in place: JSX text,
 * string literals given as JSX children or as user-facing attributes (aria-label, title, alt,
 * placeholder, label), and names or hints set on map elements with setAttribute.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');
const USER_FACING_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'alt',
  'placeholder',
  'label',
]);
/** Text with a letter in it; symbols such as "·", "×" or "↗" are not language. */
const WORDS = /\p{L}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__fixtures__' || name === 'messages' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.gen.ts') ? [path] : [];
  });
}

/** The static text of a string or template literal, or null for anything else. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  return null;
}

/** Literals a JSX child expression can render: `{'text'}`, `{a ? 'x' : 'y'}`, `{a && 'x'}`. */
function renderedLiterals(node: ts.Expression): string[] {
  const text = literalText(node);
  if (text !== null) return [text];
  if (ts.isConditionalExpression(node))
    return [...renderedLiterals(node.whenTrue), ...renderedLiterals(node.whenFalse)];
  if (
    ts.isBinaryExpression(node) &&
    (node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ||
      node.operatorToken.kind === ts.SyntaxKind.BarBarToken ||
      node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
  )
    return renderedLiterals(node.right);
  if (ts.isParenthesizedExpression(node)) return renderedLiterals(node.expression);
  return [];
}

export function inlineStrings(file: string, code: string): string[] {
  const source = ts.createSourceFile(
    file,
    code,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1}: ${JSON.stringify(text.trim().slice(0, 60))}`);
  };
  function visit(node: ts.Node) {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      for (const text of renderedLiterals(node.expression)) if (WORDS.test(text)) report(node, text);
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const texts =
        ts.isJsxExpression(init) && init.expression
          ? renderedLiterals(init.expression)
          : (literalText(init) ?? '')
            ? [literalText(init)!]
            : [];
      for (const text of texts) if (WORDS.test(text)) report(node, text);
    }
    if (ts.isCallExpression(node) && node.expression.getText().endsWith('setAttribute')) {
      const [name, value] = node.arguments;
      const attr = name && literalText(name);
      const text = value && literalText(value);
      if (attr && USER_FACING_ATTRIBUTES.has(attr) && text && WORDS.test(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  }
  visit(source);
  return found;
}

describe('interface text', () => {
  it('finds text written in place (the check itself works)', () => {
    const sample = `const a = <p title="Hello">Some words {'more'} {x ? 'yes' : y}<b aria-label={\`Hi \${n}\`} /> · {t.ok}</p>;
      el.setAttribute('aria-label', 'A name'); el.setAttribute('data-id', 'abc');`;
    expect(inlineStrings('sample.tsx', sample)).toHaveLength(6);
    expect(
      inlineStrings('fine.tsx', `const a = <p title={t.title} className="words here">{t.body} · {'→'}</p>;`),
    ).toEqual([]);
  });

  it('is written only in the catalogs', () => {
    const found = sourceFiles(SRC).flatMap((path) => inlineStrings(relative(SRC, path), readFileSync(path, 'utf8')));
    expect(found, 'move these into src/i18n/messages/en.ts (and its translations)').toEqual([]);
  });
});
