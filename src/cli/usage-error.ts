// The CLI's own error for a wrong command line (exit code 2), as opposed to bad data or a failed
// computation (exit code 1).

/** A command-line mistake: missing or contradictory options. Exit code 2. */
export class UsageError extends Error {
  constructor(text: string) {
    super(text);
    this.name = 'UsageError';
  }
}
