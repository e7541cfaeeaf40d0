/** A command that cannot do what it was asked: one sentence for stderr, and lines for stdout that still list what was found. */
export class CliError extends Error {
  override readonly name = 'CliError'
  readonly lines: readonly string[]

  constructor(message: string, lines: readonly string[] = []) {
    super(message)
    this.lines = lines
  }
}
