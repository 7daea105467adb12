import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Client, type ClientConfig, type Notification } from 'pg';
import { ChangeSubscribers, type ChangeFeed, type ChangeSubscriber } from './change-feed';
import { CHANGE_CHANNEL, parseDatabaseChange, type DatabaseChange } from './database-change';
import { reconnectDelayMs } from './reconnect-delay';

/** A connection that stopped answering is as good as lost, even if TCP has not noticed yet. */
const HEARTBEAT_INTERVAL_MS = 10_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;

/**
 * LISTENs for the change triggers' notifications on one connection of its own (a pooled one
 * would be handed to queries and lose the LISTEN) and passes each change to the subscribers of
 * its topic. Whenever the connection is lost and whenever it is (re)established, every
 * subscriber is flushed: what changed in between was not heard. Reconnects with backoff until
 * stopped.
 */
export class DatabaseChanges implements ChangeFeed, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('DatabaseChanges');
  private readonly subscribers = new ChangeSubscribers((err) =>
    this.logger.error({ event: 'change_subscriber_failed', err }, 'a change subscriber failed'),
  );
  private client: Client | null = null;
  private listening = false;
  private running = false;
  private failures = 0;
  private retry?: NodeJS.Timeout;
  private heartbeat?: NodeJS.Timeout;

  constructor(private readonly connection: ClientConfig) {}

  get isListening(): boolean {
    return this.listening;
  }

  subscribe(subscriber: ChangeSubscriber): () => void {
    return this.subscribers.add(subscriber);
  }

  announce(change: DatabaseChange): void {
    this.subscribers.dispatch(change);
  }

  onModuleInit(): Promise<void> {
    return this.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  /** Resolves after the first attempt, listening or not: a failed one is retried in the background. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.retry);
    const client = this.client;
    this.forget();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client(this.connection);
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', (n) => this.received(n));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.client !== client) {
      // Stopped while connecting.
      await client.end().catch(() => undefined);
      return;
    }
    if (this.failures > 0) this.logger.log({ event: 'change_listener_reconnected' }, 'listening to changes again');
    this.failures = 0;
    this.listening = true;
    this.subscribers.flush();
    this.heartbeat = setInterval(() => void this.check(client), HEARTBEAT_INTERVAL_MS).unref();
  }

  private received(notification: Notification): void {
    if (notification.channel !== CHANGE_CHANNEL) return;
    const change = parseDatabaseChange(notification.payload);
    if (change) return this.subscribers.dispatch(change);
    // A newer version may notify what this one does not know: forgetting everything is always safe.
    this.logger.warn({ event: 'unknown_change', payload: notification.payload }, 'unknown change notification');
    this.subscribers.flush();
  }

  private async check(client: Client): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('heartbeat timed out')), HEARTBEAT_TIMEOUT_MS).unref();
    });
    try {
      await Promise.race([client.query('SELECT 1'), timeout]);
    } catch (error) {
      this.lost(client, error);
    } finally {
      clearTimeout(timer);
    }
  }

  private lost(client: Client, error?: unknown): void {
    if (this.client !== client) return;
    this.forget();
    void client.end().catch(() => undefined);
    if (!this.running) return;
    const delayMs = reconnectDelayMs(this.failures++);
    this.logger.warn(
      { event: 'change_listener_lost', err: error, retryInMs: delayMs, failures: this.failures },
      'not listening to changes: caches are bypassed until the listener reconnects',
    );
    this.retry = setTimeout(() => void this.connect(), delayMs).unref();
  }

  /** Drops the connection's state; subscribers flush because nothing is heard from now on. */
  private forget(): void {
    clearInterval(this.heartbeat);
    this.client = null;
    this.listening = false;
    this.subscribers.flush();
  }
}
