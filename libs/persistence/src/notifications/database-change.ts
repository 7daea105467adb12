/** The one channel the change triggers notify on (migration ChangeNotifications). */
export const CHANGE_CHANNEL = 'kntc_changed';

/**
 * What a committed transaction changed, as the triggers name it:
 * - `session-user`: a user's role, authority, token version or disabling (or the user is gone);
 * - `authority`: the authority tree, so any session's authority path may be different;
 * - `calendar`: the administrators' holiday announcements.
 */
export type DatabaseChange = { topic: 'session-user'; id: string } | { topic: 'authority' } | { topic: 'calendar' };

export type ChangeTopic = DatabaseChange['topic'];

const TOPICS: readonly ChangeTopic[] = ['session-user', 'authority', 'calendar'];

/** The change a notification payload describes, or null when it is not one this version knows. */
export function parseDatabaseChange(payload: string | undefined): DatabaseChange | null {
  let value: unknown;
  try {
    value = JSON.parse(payload ?? '');
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { topic, id } = value as { topic?: unknown; id?: unknown };
  if (!TOPICS.includes(topic as ChangeTopic)) return null;
  if (topic === 'session-user') return typeof id === 'string' && id !== '' ? { topic, id } : null;
  return { topic: topic as 'authority' | 'calendar' };
}
