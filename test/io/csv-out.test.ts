import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createPeopleGraph,
  parseLinkedInConnections,
  reachByDegree,
  toCsv,
  toEdgesCsv,
  toPeopleCsv,
  toReachCsv,
} from '../../src/index.js';
import { csvCell } from '../../src/io/to-csv.js';

describe('CSV output with the formula-injection guard', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 6 12', "'+33 6 12"],
    ['-5', "'-5"],
    ['@Home Studio', "'@Home Studio"],
    ['\tTab', "'\tTab"],
    ['\rCR', `"'\rCR"`],
    ['\0nul', "'\0nul"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['Stripe, Inc.', '"Stripe, Inc."'],
    ['two\nlines', '"two\nlines"'],
    ['plain', 'plain'],
    [' =1+1', "' =1+1"],
    ['\n+1', `"'\n+1"`],
  ])('neutralises and quotes %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves numbers, booleans and empty cells alone, and can be turned off for machines', () => {
    expect([csvCell(-5), csvCell(true), csvCell(null), csvCell(undefined)]).toEqual(['-5', 'true', '', '']);
    expect(csvCell('=1+1', { formulaGuard: false })).toBe('=1+1');
    expect(toCsv(['a', 'b'], [['x;y', 1]], { delimiter: ';', newline: '\r\n' })).toBe('a;b\r\n"x;y";1\r\n');
  });

  const value = fc.string({
    unit: fc.constantFrom('a', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t', ' ', 'é'),
    maxLength: 10,
  });
  test.prop([fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 10 })])(
    'what we write, our parser reads back (minus the guard quote), and no cell starts a formula',
    (rows) => {
      const text = toCsv(
        ['First Name', 'Last Name', 'Company', 'Connected On'],
        rows.map(([a, b]) => ['Ann', 'Lee', `${a}${b}`, '01 Jan 2020']),
      );
      const { people } = parseLinkedInConnections(text);
      expect(people).toHaveLength(rows.length);
      people.forEach((p, i) => {
        const written = `${rows[i]![0]}${rows[i]![1]}`;
        const guarded = /^(?:[\t\r\0]|\s*[=+\-@])/.test(written) ? `'${written}` : written;
        expect(p.company ?? '').toBe(guarded.trim());
        expect(p.company ?? '').not.toMatch(/^[=+\-@]/);
      });
    },
  );

  //   ada ── bob, bob has company "=cmd()" and tags
  const g = createPeopleGraph();
  g.addNode('ada', { name: 'Ada', company: '@Home' });
  g.addNode('bob', { name: 'Bob', company: '=cmd()', tags: ['x', 'y'] });
  g.addEdge('ada', 'bob', { connectedOn: '2020-01-01', provenance: [{ export: 'ada', line: 2 }] });

  it('writes people, edges and reach tables', () => {
    expect(toPeopleCsv(g)).toBe(`key,name,company,tags\nada,Ada,'@Home,\nbob,Bob,'=cmd(),"[""x"",""y""]"\n`);
    expect(toPeopleCsv(g, { columns: ['company'], formulaGuard: false })).toBe('key,company\nada,@Home\nbob,=cmd()\n');
    expect(toEdgesCsv(g)).toBe(
      'source,target,undirected,connectedOn,provenance\nada,bob,true,2020-01-01,"[{""export"":""ada"",""line"":2}]"\n',
    );
    expect(toReachCsv([reachByDegree(g, 'ada'), reachByDegree(g, 'bob')])).toBe(
      'source,direct,indirect,reached,unreachable,degree1\nada,1,0,1,0,1\nbob,1,0,1,0,1\n',
    );
  });
});
