import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  InvalidArgumentError,
  ParseError,
  distancesFrom,
  parseEdgeList,
  parseEdgeListStream,
} from '../../src/index.js';

async function* chunked(text: string, cuts: number[]): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let last = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    const at = c % (bytes.length + 1);
    if (at >= last) {
      yield bytes.slice(last, at);
      last = at;
    }
  }
  yield bytes.slice(last);
}

const TEXT = '# a comment\nsource target\nada bob\r\nbob cé\ncé ada\n\ndee ada\n';

describe('parseEdgeListStream', () => {
  test.prop([fc.array(fc.nat(), { maxLength: 8 })])(
    'gives the same index as parseEdgeList, wherever chunks split lines or characters',
    async (cuts) => {
      const whole = parseEdgeList(TEXT);
      const { csr, report } = await parseEdgeListStream(chunked(TEXT, cuts));
      expect(report).toEqual(whole.report);
      expect(csr.order).toBe(whole.csr.order);
      expect([...distancesFrom(csr, 'dee')]).toEqual([...distancesFrom(whole.csr, 'dee')]);
    },
  );

  it('takes sync iterables of strings and a Web ReadableStream', async () => {
    expect((await parseEdgeListStream(['0 1\n1', ' 2\n'])).csr.order).toBe(3);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('0 1\n'));
        controller.enqueue(new TextEncoder().encode('1 2\n'));
        controller.close();
      },
    });
    expect((await parseEdgeListStream(stream as unknown as AsyncIterable<Uint8Array>)).report.edges).toBe(2);
  });

  it.each([
    [
      'a malformed line',
      () => parseEdgeListStream(['0 1\nlonely\n'], { source: 's.txt' }),
      ParseError,
      /s\.txt, line 2/,
    ],
    ['a non-iterable', () => parseEdgeListStream(42 as never), InvalidArgumentError, /chunks/],
    ['a bad chunk', () => parseEdgeListStream([42 as never]), InvalidArgumentError, /chunk/],
    ['an aborted signal', () => parseEdgeListStream(['0 1\n'], { signal: AbortSignal.abort() }), AbortError, /aborted/],
  ])('rejects %s', async (_n, run, kind, pattern) => {
    await expect(run()).rejects.toBeInstanceOf(kind);
    await expect(run()).rejects.toThrow(pattern);
  });
});
