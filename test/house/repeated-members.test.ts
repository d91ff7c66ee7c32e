// A public interface that holds every member of another public interface (five members or more,
// same names, same types) extends it rather than repeating it: the shared fields are documented
// once and cannot drift. Read with the TypeScript compiler from the entries' exports.
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRIES = ['src/index.ts', 'src/node.ts', 'src/viz.ts', 'src/sample.ts'].map((e) => join(ROOT, e));
const MIN_MEMBERS = 5;
// Adjacency is the index seen in one direction (its in-arrays follow that direction), not a part of Csr.
const APART = new Set(['Csr ~ Adjacency']);

describe('public interfaces', () => {
  it('extend the interface whose members they would repeat', () => {
    const program = ts.createProgram(ENTRIES, {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      types: ['node'],
    });
    const checker = program.getTypeChecker();
    const interfaces = new Map<string, ts.InterfaceDeclaration>();
    for (const entry of ENTRIES)
      for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const decl = symbol.declarations?.find(ts.isInterfaceDeclaration);
        if (decl && !decl.typeParameters) interfaces.set(symbol.name, decl);
      }
    // each interface's own members (not inherited), as "name: type" lines
    const own = new Map<string, Set<string>>();
    for (const [name, decl] of interfaces)
      own.set(
        name,
        new Set(
          decl.members
            .filter(ts.isPropertySignature)
            .map((m) => `${m.name.getText()}${m.questionToken ? '?' : ''}: ${m.type?.getText() ?? 'any'}`),
        ),
      );
    const repeats: string[] = [];
    for (const [base, baseMembers] of own) {
      if (baseMembers.size < MIN_MEMBERS) continue;
      for (const [name, members] of own)
        if (name !== base && !APART.has(`${name} ~ ${base}`) && [...baseMembers].every((m) => members.has(m)))
          repeats.push(`${name} repeats every member of ${base}`);
    }
    expect(interfaces.size).toBeGreaterThan(100);
    expect(repeats).toEqual([]);
  }, 120_000);
});
