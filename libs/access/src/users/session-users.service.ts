import { Inject, Injectable } from '@nestjs/common';
import { DatabaseChanges, type ChangeFeed } from '@kntc/persistence';
import { SessionCache } from './session-cache';
import { UserRepository, type SessionUser } from './user.repository';

/**
 * The guard's lookup of a user and their authority chain, remembered per user while the
 * database's change notifications are heard: a user's change evicts them, an authority change
 * or a gap in listening forgets everyone. When nothing is listening, every lookup reads the
 * database.
 */
@Injectable()
export class SessionUsers {
  private readonly cache = new SessionCache<SessionUser>();

  constructor(
    private readonly users: UserRepository,
    @Inject(DatabaseChanges) private readonly changes: ChangeFeed,
  ) {
    changes.subscribe({
      topics: ['session-user', 'authority'],
      changed: (change) => (change.topic === 'session-user' ? this.cache.evict(change.id) : this.cache.clear()),
      flush: () => this.cache.clear(),
    });
  }

  async find(id: string): Promise<SessionUser | null> {
    if (!this.changes.isListening) return this.users.findSessionUser(id);
    const cached = this.cache.get(id, performance.now());
    if (cached) return copyOf(cached);
    const generation = this.cache.generation();
    const user = await this.users.findSessionUser(id);
    // No user is not remembered: creating one notifies nothing.
    if (user && this.changes.isListening) this.cache.store(id, copyOf(user), generation, performance.now());
    return user;
  }
}

// Callers get their own copy: an actor's authority path changed in one request must not leak into the next.
function copyOf(user: SessionUser): SessionUser {
  return { ...user, authority: user.authority && { ...user.authority, path: [...user.authority.path] } };
}
