// Placeholder dispatcher replaced by the CLI work (commander-based). Prints usage.
export async function run(argv: string[]): Promise<number> {
  process.stderr.write(`handshakes: CLI under construction (${argv.join(' ')})\n`);
  return 2;
}
