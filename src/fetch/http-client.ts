// The one way Tidende reaches the web: http/https only, robots.txt honoured, a per-host rate
// limit and concurrency cap, conditional GET, retries with backoff on 5xx/429/timeouts,
// redirects followed by hand (limit, scheme check), a cap on the decompressed body (a gzip bomb
// is cut off as it inflates) and charset decoding. Never throws past `get`: callers get a
// FetchError with a stable code.
import robotsParserModule from 'robots-parser';
import { z } from 'zod';
import { decodeBody } from './charset.js';
import { FetchError } from './errors.js';
import { HostLimiter } from './host-limiter.js';
import { privateTargetReason } from './private-address.js';

export const httpClientOptions = z.object({
  userAgent: z.string().default('TidendeBot/0.1 (+https://github.com/tidende/tidende; news monitoring)'),
  timeoutMs: z.number().int().positive().default(20_000),
  /** Decompressed bytes; a larger body is refused. */
  maxBytes: z.number().int().positive().default(10 * 1024 * 1024),
  maxRedirects: z.number().int().min(0).default(5),
  retries: z.number().int().min(0).default(2),
  backoffMs: z.number().int().min(0).default(1000),
  perHostIntervalMs: z.number().int().min(0).default(1000),
  perHostConcurrency: z.number().int().positive().default(2),
  respectRobots: z.boolean().default(true),
  /** Refuse loopback, private and link-local targets, on every hop (for fetches on behalf of
   * others, such as the API's ingest by URL). */
  blockPrivateAddresses: z.boolean().default(false),
});
export type HttpClientOptions = z.input<typeof httpClientOptions>;

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchResult {
  /** Final URL after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  contentType: string | null;
  text: string;
  charset: string | null;
  etag: string | null;
  lastModified: string | null;
}

interface RobotsRules {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

/** A Crawl-delay above this many seconds is read as this: one page a minute still makes progress. */
const MAX_CRAWL_DELAY_S = 60;
// The package is CommonJS (`module.exports = fn`) but typed as an ES default export.
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => RobotsRules;

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

function parseUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchError('E_FETCH_SCHEME', raw, 'not a valid URL');
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) throw new FetchError('E_FETCH_SCHEME', url.href, `only http and https are fetched, not ${url.protocol}`);
  return url;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));


export class HttpClient {
  readonly options: z.output<typeof httpClientOptions>;
  private readonly limiter: HostLimiter;
  private readonly robots = new Map<string, Promise<RobotsRules | 'allow-all' | 'deny-all'>>();

  constructor(options: HttpClientOptions = {}) {
    this.options = httpClientOptions.parse(options);
    this.limiter = new HostLimiter({ intervalMs: this.options.perHostIntervalMs, concurrency: this.options.perHostConcurrency });
  }

  /** GET with everything above; a 304 comes back as `notModified` with an empty text. */
  async get(rawUrl: string, validators: Validators = {}): Promise<FetchResult> {
    const url = parseUrl(rawUrl);
    // Before robots.txt, so a refused target is reported as such, not as a robots denial.
    if (this.options.blockPrivateAddresses) {
      const reason = await privateTargetReason(url.hostname);
      if (reason !== null) throw new FetchError('E_FETCH_PRIVATE', url.href, `refused: ${reason}`);
    }
    if (this.options.respectRobots && !(await this.allowedByRobots(url))) throw new FetchError('E_FETCH_ROBOTS', url.href, 'disallowed by robots.txt');
    let attempt = 0;
    for (;;) {
      try {
        return await this.getFollowingRedirects(url, validators);
      } catch (error) {
        const fetchError = error instanceof FetchError ? error : new FetchError('E_FETCH_NETWORK', url.href, (error as Error).message);
        if (!fetchError.retryable || attempt >= this.options.retries) throw fetchError;
        await sleep(this.options.backoffMs * 2 ** attempt);
        attempt++;
      }
    }
  }

  /** robots.txt of the URL's origin, fetched once per client: 4xx means no rules, 5xx or no answer means keep out for now. */
  async allowedByRobots(url: URL): Promise<boolean> {
    let rules = this.robots.get(url.origin);
    if (!rules) {
      const robotsUrl = `${url.origin}/robots.txt`;
      rules = this.getFollowingRedirects(parseUrl(robotsUrl), {}).then(
        (result) => {
          const parsed = robotsParser(robotsUrl, result.text);
          // A site's Crawl-delay for us (or for all) widens our own interval for that host.
          const delay = parsed.getCrawlDelay(this.options.userAgent);
          if (delay !== undefined && Number.isFinite(delay) && delay > 0) this.limiter.setHostInterval(url.host, Math.min(delay, MAX_CRAWL_DELAY_S) * 1000);
          return parsed;
        },
        (error: unknown) => (error instanceof FetchError && error.status !== null && error.status >= 400 && error.status < 500 ? 'allow-all' : 'deny-all'),
      );
      this.robots.set(url.origin, rules);
    }
    const resolved = await rules;
    if (resolved === 'allow-all') return true;
    if (resolved === 'deny-all') return false;
    return resolved.isAllowed(url.href, this.options.userAgent) !== false;
  }

  private async getFollowingRedirects(start: URL, validators: Validators): Promise<FetchResult> {
    let url = start;
    for (let hop = 0; ; hop++) {
      const response = await this.limiter.run(url.host, () => this.request(url, hop === 0 ? validators : {}));
      if (response.redirect === null) return response.result;
      if (hop >= this.options.maxRedirects) throw new FetchError('E_FETCH_REDIRECTS', start.href, `more than ${this.options.maxRedirects} redirects`);
      url = parseUrl(response.redirect, url.href);
    }
  }

  private async request(url: URL, validators: Validators): Promise<{ redirect: string | null; result: FetchResult }> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    if (this.options.blockPrivateAddresses) {
      const reason = await privateTargetReason(url.hostname);
      if (reason !== null) throw new FetchError('E_FETCH_PRIVATE', url.href, `refused: ${reason}`);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      let response: Response;
      try {
        response = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });
      } catch (error) {
        throw controller.signal.aborted ? new FetchError('E_FETCH_TIMEOUT', url.href, `no answer within ${this.options.timeoutMs} ms`) : new FetchError('E_FETCH_NETWORK', url.href, networkMessage(error));
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        await response.body?.cancel();
        return { redirect: location, result: null as never };
      }
      const base = {
        url: url.href,
        status: response.status,
        contentType: response.headers.get('content-type'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
      if (response.status === 304) {
        await response.body?.cancel();
        return { redirect: null, result: { ...base, notModified: true, text: '', charset: null, etag: base.etag ?? validators.etag ?? null, lastModified: base.lastModified ?? validators.lastModified ?? null } };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError('E_FETCH_STATUS', url.href, `HTTP ${response.status}`, response.status);
      }
      const declaredLength = Number(response.headers.get('content-length') ?? 0);
      if (declaredLength > this.options.maxBytes && !response.headers.get('content-encoding')) {
        await response.body?.cancel();
        throw new FetchError('E_FETCH_TOO_LARGE', url.href, `body of ${declaredLength} bytes exceeds the cap of ${this.options.maxBytes}`);
      }
      const bytes = await this.readCapped(response, url, controller);
      const decoded = decodeBody(bytes, base.contentType);
      return { redirect: null, result: { ...base, notModified: false, text: decoded.text, charset: decoded.charset } };
    } finally {
      clearTimeout(timer);
    }
  }

  /** The body as it inflates, stopped at the cap: the decompressed size is what counts. */
  private async readCapped(response: Response, url: URL, controller: AbortController): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (!response.body) return new Uint8Array(0);
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > this.options.maxBytes) {
          await reader.cancel();
          throw new FetchError('E_FETCH_TOO_LARGE', url.href, `body exceeds the cap of ${this.options.maxBytes} bytes (after decompression)`);
        }
        chunks.push(value);
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw controller.signal.aborted ? new FetchError('E_FETCH_TIMEOUT', url.href, `body not complete within ${this.options.timeoutMs} ms`) : new FetchError('E_FETCH_NETWORK', url.href, networkMessage(error));
    }
    return Buffer.concat(chunks);
  }
}

function networkMessage(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
