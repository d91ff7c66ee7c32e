import { describe, expect, it } from 'vitest';
import { parseLinkedInDate } from '../../src/index.js';

describe('parseLinkedInDate: every format LinkedIn exports have used', () => {
  it.each([
    ['15 Mar 2021', '2021-03-15'], // now
    ['02 Feb 2025', '2025-02-02'],
    ['5 Mar 2021', '2021-03-05'],
    ['1/8/18, 6:14 PM', '2018-01-08'], // up to 2018: US month/day
    ['12/22/16, 9:55 AM', '2016-12-22'],
    ['11/21/16, 12:39 PM', '2016-11-21'],
    ['06-May-22', '2022-05-06'], // spreadsheet re-saves
    ['5-Jan-26', '2026-01-05'],
    ['23-Nov-21', '2021-11-23'],
    ['16.09.2021', '2021-09-16'],
    ['16/09/2021', '2021-09-16'], // cannot be month/day: day/month
    ['2021-03-15', '2021-03-15'],
    ['2024-01-08 18:14:02 UTC', '2024-01-08'],
    ['Mar 15, 2021', '2021-03-15'],
    ['15 March 2021', '2021-03-15'],
    ['  15 Mar 2021 ', '2021-03-15'],
    ['29 Feb 2024', '2024-02-29'],
  ])('%j → %s', (raw, iso) => {
    expect(parseLinkedInDate(raw)).toBe(iso);
  });

  it.each([
    '',
    '   ',
    'sometime',
    '31 Feb 2021',
    '29 Feb 2023',
    '13/13/2021',
    '15 Foo 2021',
    '2021-13-01',
    '0 Mar 2021',
  ])('%j → null', (raw) => {
    expect(parseLinkedInDate(raw)).toBeNull();
  });
});
