// Every public function of every entry (handshakes, /node, /viz, /sample) carries the TSDoc the
// style guide asks for: a complexity under @remarks ("O(…)") and an @example. Read with the
// TypeScript compiler from the entries' exports, so a new export without them fails here.
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRIES = ['src/index.ts', 'src/node.ts', 'src/viz.ts', 'src/sample.ts'].map((e) => join(ROOT, e));

describe('public functions', () => {
  it('each has a complexity (@remarks with O(…)) and an @example', () => {
    const program = ts.createProgram(ENTRIES, {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      types: ['node'],
    });
    const checker = program.getTypeChecker();
    const lacking = new Set<string>();
    let functions = 0;
    for (const entry of ENTRIES) {
      for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const decl = symbol.declarations?.[0];
        if (!decl || !(ts.isFunctionDeclaration(decl) || ts.isVariableDeclaration(decl))) continue;
        const signatures = checker.getTypeOfSymbolAtLocation(symbol, decl).getCallSignatures();
        if (signatures.length === 0) continue;
        functions++;
        // The TSDoc sits on the declaration, or (`Object.assign(fn, { assign })`) on the function.
        const docs = [
          ts.isVariableDeclaration(decl) ? decl.parent.parent : decl,
          signatures[0]!.getDeclaration(),
        ].flatMap((node) => (node ? ts.getJSDocTags(node) : []));
        const remarks = docs
          .filter((t) => t.tagName.text === 'remarks')
          .map((t) => ts.getTextOfJSDocComment(t.comment) ?? '')
          .join(' ');
        const missing = [
          /O\(/.test(remarks) ? '' : 'complexity',
          docs.some((t) => t.tagName.text === 'example') ? '' : '@example',
        ].filter(Boolean);
        if (missing.length > 0)
          lacking.add(
            `${exported.name} (${decl.getSourceFile().fileName.slice(ROOT.length + 1)}): ${missing.join(', ')}`,
          );
      }
    }
    expect(functions).toBeGreaterThan(100);
    expect([...lacking]).toEqual([]);
  }, 120_000);
});
