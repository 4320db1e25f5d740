// Server-sent events for new and updated stories. The store is polled (cheaply: one indexed
// query on rowid) rather than hooked, because the writer may be another process (`watch`).
import type { ServerResponse } from 'node:http';
import type { Store, StoryListing } from '../store/index.js';

export interface StoryEvent {
  type: 'created' | 'updated';
  story: StoryListing;
}

const HEARTBEAT_MS = 15_000;

export class LiveUpdates {
  private readonly subscribers = new Set<ServerResponse>();
  private position: number;
  private readonly poller: NodeJS.Timeout;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly store: Store,
    pollMs: number,
  ) {
    this.position = store.changesSince(0).position;
    this.poller = setInterval(() => this.poll(), pollMs).unref();
    this.heartbeat = setInterval(() => this.broadcast(': heartbeat\n\n'), HEARTBEAT_MS).unref();
  }

  subscribe(response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.write('retry: 3000\n: connected\n\n');
    this.subscribers.add(response);
    response.on('close', () => this.subscribers.delete(response));
  }

  /** Sends an event for every story touched since the last poll; returns them. */
  poll(): StoryEvent[] {
    const changes = this.store.changesSince(this.position);
    this.position = changes.position;
    if (changes.stories.length === 0) return [];
    const created = new Map(changes.stories.map((s) => [s.id, s.created]));
    const events = this.store.storyListings(changes.stories.map((s) => s.id)).map((story): StoryEvent => ({ type: created.get(story.id) ? 'created' : 'updated', story }));
    for (const event of events) this.broadcast(`event: story\ndata: ${JSON.stringify(event)}\n\n`);
    return events;
  }

  private broadcast(message: string): void {
    for (const response of this.subscribers) response.write(message);
  }

  close(): void {
    clearInterval(this.poller);
    clearInterval(this.heartbeat);
    for (const response of this.subscribers) response.end();
    this.subscribers.clear();
  }
}
