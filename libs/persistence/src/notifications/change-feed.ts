import type { ChangeTopic, DatabaseChange } from './database-change';

/** A cache that must forget what the database changed. */
export interface ChangeSubscriber {
  readonly topics: readonly ChangeTopic[];
  changed(change: DatabaseChange): void;
  /** Changes may have been missed (the listener was not connected): forget everything. */
  flush(): void;
}

/** The changes committed to the database, as this process learns of them. */
export interface ChangeFeed {
  /**
   * True while the listening connection is up. A cache may serve entries only then: at any
   * other time a change can be committed without anyone here hearing of it.
   */
  readonly isListening: boolean;
  /** Returns the unsubscribe function. */
  subscribe(subscriber: ChangeSubscriber): () => void;
  /**
   * This process has just committed `change`: its own caches forget it now, so its next request
   * sees the change, rather than when the notification comes back a few milliseconds later.
   */
  announce(change: DatabaseChange): void;
}

/** The subscribers of one process; one failing subscriber does not keep a change from the others. */
export class ChangeSubscribers {
  private readonly subscribers = new Set<ChangeSubscriber>();

  constructor(private readonly onError: (error: unknown) => void) {}

  add(subscriber: ChangeSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  dispatch(change: DatabaseChange): void {
    for (const s of this.subscribers) {
      if (s.topics.includes(change.topic)) this.guarded(() => s.changed(change));
    }
  }

  flush(): void {
    for (const s of this.subscribers) this.guarded(() => s.flush());
  }

  private guarded(call: () => void): void {
    try {
      call();
    } catch (error) {
      this.onError(error);
    }
  }
}
