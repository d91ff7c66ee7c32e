// A terminal stream for the progress tests: a TTY of the given width that keeps what is drawn.

/** A fake TTY `columns` wide; `text()` is everything written to it, control sequences included. */
export function fakeTerminal(columns = 120): { stream: NodeJS.WriteStream; text: () => string } {
  let out = '';
  const stream = {
    isTTY: true,
    columns,
    write(chunk: string) {
      out += chunk;
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    clearScreenDown: () => true,
    moveCursor: () => true,
    on: () => stream,
    removeListener: () => stream,
  } as unknown as NodeJS.WriteStream;
  return { stream, text: () => out };
}
