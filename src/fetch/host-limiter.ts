// Politeness per host: at most `concurrency` requests in flight and at least `intervalMs`
// between request starts. Waiters queue in arrival order; nothing global, one limiter per client.

interface HostSlot {
  active: number;
  nextStartMs: number;
  waiting: (() => void)[];
}

export interface HostLimiterOptions {
  intervalMs: number;
  concurrency: number;
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostSlot>();
  /** Longer intervals some hosts ask for (robots.txt Crawl-delay); kept when a slot is freed. */
  private readonly hostIntervals = new Map<string, number>();

  constructor(
    private readonly options: HostLimiterOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Spaces requests to `host` by at least `intervalMs` (never less than the default). */
  setHostInterval(host: string, intervalMs: number): void {
    if (intervalMs > this.options.intervalMs) this.hostIntervals.set(host, intervalMs);
  }

  /** Run `task` when the host allows it. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  private slot(host: string): HostSlot {
    let slot = this.hosts.get(host);
    if (!slot) {
      slot = { active: 0, nextStartMs: 0, waiting: [] };
      this.hosts.set(host, slot);
    }
    return slot;
  }

  private async acquire(host: string): Promise<void> {
    const slot = this.slot(host);
    while (slot.active >= this.options.concurrency) await new Promise<void>((resolve) => slot.waiting.push(resolve));
    slot.active++;
    // Reserve the start time before waiting, so concurrent callers space out.
    const start = Math.max(this.now(), slot.nextStartMs);
    slot.nextStartMs = start + (this.hostIntervals.get(host) ?? this.options.intervalMs);
    const delay = start - this.now();
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  }

  private release(host: string): void {
    const slot = this.slot(host);
    slot.active--;
    slot.waiting.shift()?.();
    if (slot.active === 0 && slot.waiting.length === 0 && slot.nextStartMs <= this.now()) this.hosts.delete(host);
  }
}
