// The owner's Profile.csv and Positions.csv: read by header names past any preamble, rows of any
// width (a spreadsheet re-save may drop trailing cells), blank lines and rows without a company
// left out, the free-text Summary and Description never kept.
import { describe, expect, it } from 'vitest';
import { ParseError, parseLinkedInPositions, parseLinkedInProfile } from '../../src/index.js';

describe('parseLinkedInProfile', () => {
  it('reads the first data row by header names, `Geo Location` before `Country`', () => {
    const text =
      'First Name,Last Name,Maiden Name,Headline,Summary,Industry,Country,Geo Location\n\n' +
      'Odile,Marchetti,,CTO at Quillstack,"Long text,\nkept nowhere",Software Development,France,"Lyon, France"\n';
    expect(parseLinkedInProfile(text)).toEqual({
      firstName: 'Odile',
      lastName: 'Marchetti',
      name: 'Odile Marchetti',
      headline: 'CTO at Quillstack',
      industry: 'Software Development',
      location: 'Lyon, France',
    });
  });

  it('falls back to `Country` when `Geo Location` is empty, and reads a row shorter than the header', () => {
    const text = 'First Name;Last Name;Headline;Geo Location;Country;Industry\r\n Ada ;Lovelace;;;UK\r\n';
    expect(parseLinkedInProfile(text)).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace',
      name: 'Ada Lovelace',
      location: 'UK',
    });
  });

  it('returns an empty profile without data rows, and names the file when there is no header', () => {
    expect(parseLinkedInProfile('First Name,Last Name,Headline\n\n')).toEqual({});
    expect(() => parseLinkedInProfile('a,b\n1,2\n', { source: 'Profile.csv' })).toThrow(ParseError);
    expect(() => parseLinkedInProfile('a,b\n1,2\n', { source: 'Profile.csv' })).toThrow(
      /Profile\.csv.*`First Name` and `Last Name`/,
    );
  });
});

describe('parseLinkedInPositions', () => {
  it('reads every row with a company, months as YYYY-MM, short rows included', () => {
    const text =
      'Company Name,Title,Description,Location,Started On,Finished On\n' +
      'Quillstack,CTO,"builds,\nthings","Lyon, France",Mar 2021,\n' +
      ',Ghost,,,,\n' +
      '\n' +
      'Acme,Engineer,,Paris,2015,September 2019\n' +
      'Tiny Co,Intern\n';
    expect(parseLinkedInPositions(text)).toEqual([
      { company: 'Quillstack', title: 'CTO', location: 'Lyon, France', startedOn: '2021-03' },
      { company: 'Acme', title: 'Engineer', location: 'Paris', startedOn: '2015', finishedOn: '2019-09' },
      { company: 'Tiny Co', title: 'Intern' },
    ]);
  });

  it('names the file when there is no `Company Name` header', () => {
    expect(() => parseLinkedInPositions('Title\nCTO\n', { source: 'Positions.csv' })).toThrow(
      /Positions\.csv.*`Company Name`/,
    );
  });
});
