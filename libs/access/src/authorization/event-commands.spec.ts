import { registeredMachines, SYSTEM_EVENTS } from '@kntc/domain';
import { mayRun } from './command-permissions';
import { EVENT_COMMANDS } from './event-commands';

describe('EVENT_COMMANDS', () => {
  it('gives every event a person can send a command, and names no event the machine lacks', () => {
    for (const m of registeredMachines()) {
      const people = m.eventTypes.filter((t) => !SYSTEM_EVENTS.includes(t));
      expect(Object.keys(EVENT_COMMANDS[m.id]).sort()).toEqual([...people].sort());
    }
  });

  it('never lets an inspector or an administrator send a workflow event', () => {
    for (const commands of Object.values(EVENT_COMMANDS)) {
      for (const command of Object.values(commands)) {
        expect([mayRun('inspector', command), mayRun('admin', command)]).toEqual([false, false]);
      }
    }
  });
});
