import { ChangeSubscribers, type ChangeSubscriber } from './change-feed';
import type { ChangeTopic, DatabaseChange } from './database-change';

function recorder(topics: ChangeTopic[]): ChangeSubscriber & { seen: (DatabaseChange | 'flush')[] } {
  const seen: (DatabaseChange | 'flush')[] = [];
  return { topics, seen, changed: (c) => seen.push(c), flush: () => seen.push('flush') };
}

describe('change subscribers', () => {
  it('gives each change to the subscribers of its topic, and a flush to all', () => {
    const errors: unknown[] = [];
    const subscribers = new ChangeSubscribers((e) => errors.push(e));
    const sessions = recorder(['session-user', 'authority']);
    const calendar = recorder(['calendar']);
    subscribers.add(sessions);
    subscribers.add(calendar);
    subscribers.dispatch({ topic: 'session-user', id: 'u1' });
    subscribers.dispatch({ topic: 'calendar' });
    subscribers.flush();
    expect(sessions.seen).toEqual([{ topic: 'session-user', id: 'u1' }, 'flush']);
    expect(calendar.seen).toEqual([{ topic: 'calendar' }, 'flush']);
    expect(errors).toEqual([]);
  });

  it('still tells the others when one subscriber throws, and stops telling one that left', () => {
    const errors: unknown[] = [];
    const subscribers = new ChangeSubscribers((e) => errors.push(e));
    subscribers.add({
      topics: ['authority'],
      changed: () => {
        throw new Error('broken cache');
      },
      flush: () => undefined,
    });
    const after = recorder(['authority']);
    const leaving = recorder(['authority']);
    subscribers.add(after);
    subscribers.add(leaving)();
    subscribers.dispatch({ topic: 'authority' });
    expect(after.seen).toEqual([{ topic: 'authority' }]);
    expect(leaving.seen).toEqual([]);
    expect(errors).toEqual([new Error('broken cache')]);
  });
});
