// Fetch errors with stable codes: the CLI prints one line per failed URL and goes on.
export type FetchErrorCode =
  | 'E_FETCH_SCHEME'
  | 'E_FETCH_ROBOTS'
  | 'E_FETCH_TIMEOUT'
  | 'E_FETCH_NETWORK'
  | 'E_FETCH_STATUS'
  | 'E_FETCH_TOO_LARGE'
  | 'E_FETCH_REDIRECTS'
  | 'E_FETCH_PRIVATE'
  | 'E_FEED_MALFORMED'
  | 'E_FEED_NOT_FEED';

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    readonly url: string,
    message: string,
    /** HTTP status, when there was a response. */
    readonly status: number | null = null,
  ) {
    super(message);
  }

  /** Worth trying again later: server errors, timeouts, network failures. */
  get retryable(): boolean {
    return this.code === 'E_FETCH_TIMEOUT' || this.code === 'E_FETCH_NETWORK' || (this.code === 'E_FETCH_STATUS' && (this.status ?? 0) >= 500) || this.status === 429;
  }

  /** "https://x.dk/a: HTTP 500 (E_FETCH_STATUS)" */
  describe(): string {
    return `${this.url}: ${this.message} (${this.code})`;
  }
}
