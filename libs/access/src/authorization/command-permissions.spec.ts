import { ROLES, type Role } from '@kntc/domain';
import { USER_ROLES } from '@kntc/persistence';
import {
  COMMAND_PERMISSIONS,
  commandsOf,
  MANAGEMENT_COMMANDS,
  mayRun,
  READ_ONLY_COMMANDS,
} from './command-permissions';
import { COMMAND_LABELS, COMMANDS } from './commands';
import { ROLE_LABELS } from './role-labels';
import { SCOPE_REACH, scopeIncludesAny, type DataScope } from './data-scope';

describe('the command permission table', () => {
  it('gives every command at least one role that a person can hold', () => {
    for (const command of COMMANDS) {
      const roles = COMMAND_PERMISSIONS[command].filter((r) => (USER_ROLES as readonly string[]).includes(r));
      expect([command, roles.length > 0]).toEqual([command, true]);
    }
  });

  it('has a row and a Vietnamese label for exactly the listed commands, without duplicate roles', () => {
    expect(Object.keys(COMMAND_PERMISSIONS).sort()).toEqual([...COMMANDS].sort());
    expect(Object.keys(COMMAND_LABELS).sort()).toEqual([...COMMANDS].sort());
    for (const roles of Object.values(COMMAND_PERMISSIONS)) expect(new Set(roles).size).toBe(roles.length);
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });

  it('never lets an inspector write: only read and audit.read', () => {
    expect(commandsOf('inspector').sort()).toEqual([...READ_ONLY_COMMANDS].sort());
  });

  it('keeps administrators out of casework: management commands only, not even read', () => {
    expect(commandsOf('admin').sort()).toEqual([...MANAGEMENT_COMMANDS].sort());
    // The leaders' reception schedule is shared with the desk and the leaders; the rest is the administrator's alone.
    for (const command of MANAGEMENT_COMMANDS.filter((c) => c !== 'reception.schedule')) {
      expect(COMMAND_PERMISSIONS[command]).toEqual(['admin']);
    }
    expect(COMMAND_PERMISSIONS['reception.schedule']).toEqual(['reception_officer', 'leader', 'admin']);
  });

  it('grants nothing to the system role (timers do not send commands)', () => {
    expect(commandsOf('system')).toEqual([]);
  });

  it('reserves the signed acts for leaders', () => {
    const signed = [
      'case.accept',
      'case.refuse',
      'case.decide',
      'case.extend',
      'case.suspend',
      'case.terminate',
    ] as const;
    for (const command of signed) expect(COMMAND_PERMISSIONS[command]).toEqual(['leader']);
  });

  it('lets every case-working role and inspectors read cases', () => {
    const readers: Role[] = ['reception_officer', 'handler', 'leader', 'inspector'];
    for (const role of readers) expect(mayRun(role, 'read')).toBe(true);
  });

  it('answers by role and command', () => {
    expect(mayRun('leader', 'case.decide')).toBe(true);
    expect(mayRun('handler', 'case.decide')).toBe(false);
    expect(mayRun('reception_officer', 'petition.classify')).toBe(true);
    expect(mayRun('inspector', 'petition.classify')).toBe(false);
  });
});

describe('data scope reach', () => {
  it('widens to the subtree only for inspectors and administrators', () => {
    const subtree = ROLES.filter((r) => SCOPE_REACH[r] === 'subtree').sort();
    expect(subtree).toEqual(['admin', 'inspector']);
  });

  it('includes a record when any of its authorities is in scope', () => {
    const scope: DataScope = { reach: 'own_authority', rootId: 'a', on: '2026-03-02', authorityIds: ['a'] };
    expect(scopeIncludesAny(scope, ['b', 'a'])).toBe(true);
    expect(scopeIncludesAny(scope, ['b', null, undefined])).toBe(false);
    expect(scopeIncludesAny(scope, [])).toBe(false);
  });
});
