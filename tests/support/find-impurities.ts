/**
 * Finds what would tie pure code (the engine, the analyser) to a platform: modules it pulls in by
 * any route (import, side-effect import, import type, export … from, dynamic import(), require,
 * import x = require, import('x') in a type) and uses of platform globals (window, document,
 * process, globalThis …) or import.meta. Reads the TypeScript syntax tree rather than matching text,
 * so comments, strings and property names such as `run.process` or `{ window: 1 }` are not flagged.
 */
import ts from 'typescript';

/**
 * Globals that exist only in a browser or in Node, or reach the network or the clock's timers.
 * Pure code gets its inputs as arguments; a local variable with one of these names must be renamed,
 * so a reader never has to check whether it shadows the global.
 */
export const FORBIDDEN_GLOBALS: ReadonlySet<string> = new Set([
  'globalThis', 'window', 'self', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage',
  'indexedDB', 'fetch', 'XMLHttpRequest', 'WebSocket', 'setTimeout', 'setInterval', 'setImmediate',
  'process', 'Buffer', 'require', 'module', 'exports', '__dirname', '__filename',
]);

/** Names that are not references: a property after a dot, a key, a member of a type. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === node;
  if (ts.isQualifiedName(parent)) return parent.right === node;
  if (ts.isBindingElement(parent)) return parent.propertyName === node;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return parent.propertyName === node;
  return (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
    parent.name === node
  );
}

/** Every module the file names, with the kind of reference; `specifier` is undefined when computed. */
function moduleReferences(file: ts.SourceFile): { specifier: string | undefined; how: string; node: ts.Node }[] {
  const found: { specifier: string | undefined; how: string; node: ts.Node }[] = [];
  const literal = (n: ts.Node | undefined) => (n && ts.isStringLiteralLike(n) ? n.text : undefined);
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) found.push({ specifier: literal(node.moduleSpecifier), how: node.importClause ? 'import' : 'side-effect import', node });
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier) found.push({ specifier: literal(node.moduleSpecifier), how: 'export … from', node });
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      found.push({ specifier: literal(node.moduleReference.expression), how: 'import = require', node });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      found.push({ specifier: literal(node.arguments[0]), how: 'dynamic import()', node });
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      found.push({ specifier: ts.isLiteralTypeNode(arg) ? literal(arg.literal) : undefined, how: 'import() type', node });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * The impurities in one file's source, each as `line N: what`. `allowed` decides which module
 * specifiers are fine (it gets the specifier as written); a dynamic import whose specifier is
 * computed is always reported, since nobody can tell what it loads.
 */
export function findImpurities(source: string, fileName: string, allowed: (specifier: string) => boolean): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const at = (node: ts.Node) => `line ${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
  const problems: string[] = [];
  for (const { specifier, how, node } of moduleReferences(file)) {
    if (specifier === undefined) problems.push(`${at(node)}: ${how} of a computed module`);
    else if (!allowed(specifier)) problems.push(`${at(node)}: ${how} of '${specifier}'`);
  }
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && !isPropertyName(node)) problems.push(`${at(node)}: uses the global '${node.text}'`);
    if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) problems.push(`${at(node)}: uses import.meta`);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return problems;
}
