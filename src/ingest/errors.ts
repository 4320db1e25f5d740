// Input errors with stable codes; the CLI prints them one per line and goes on with the rest.
export type InputErrorCode =
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_ENCODING'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_JSON'
  | 'E_INPUT_RECORD'
  | 'E_INPUT_HTML';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    /** File path (or `-` for stdin) the problem is in. */
    readonly source: string,
    message: string,
    /** 1-based line number within a JSONL file. */
    readonly line: number | null = null,
  ) {
    super(message);
  }

  /** "corpus/a.jsonl:17: malformed JSON: Unexpected token (E_INPUT_JSON)" */
  describe(): string {
    return `${this.source}${this.line === null ? '' : `:${this.line}`}: ${this.message} (${this.code})`;
  }
}
