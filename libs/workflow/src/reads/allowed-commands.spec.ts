import { openStream, type Actor, type AuthorityRef, type Role, type StoredSnapshot } from '@kntc/domain';
import { allowedCommands } from './allowed-commands';

const A: AuthorityRef = { id: 'xa-a', level: 'commune', path: ['tinh', 'xa-a'], remote: false };
const B: AuthorityRef = { id: 'xa-b', level: 'commune', path: ['tinh', 'xa-b'], remote: false };
const at = new Date('2026-08-03T02:00:00Z');
const actor = (role: Role, authority: AuthorityRef = A): Actor => ({
  userId: `${role}@${authority.id}`,
  role,
  authority,
});

function received(): StoredSnapshot {
  return openStream('petition', {
    holder: A,
    receivedOn: '2026-08-03',
    channel: 'post',
    fromReception: false,
    meta: { at: at.toISOString(), actor: actor('reception_officer'), ruleSetId: 'VN-2026-07' },
  }).snapshot;
}

describe('commands offered to a user', () => {
  it('offers a reception officer the desk commands, with what the machine allows now', () => {
    const commands = allowedCommands(received(), actor('reception_officer'), at);
    expect(commands.map((c) => c.command)).toEqual(expect.arrayContaining(['petition.classify', 'petition.forward']));
    expect(commands.find((c) => c.type === 'classify')).toEqual({
      type: 'classify',
      command: 'petition.classify',
      label: 'Phân loại đơn',
      available: true,
      reasons: [],
    });
    const forward = commands.find((c) => c.type === 'forward')!;
    expect(forward.available).toBe(false);
    expect(forward.reasons[0]).toMatch(/Không áp dụng ở trạng thái «Đã tiếp nhận, chờ phân loại»/);
  });

  it('offers a leader only the commands the role signs', () => {
    const types = allowedCommands(received(), actor('leader'), at).map((c) => c.type);
    expect(types.sort()).toEqual(['dismiss', 'forward', 'urge']);
  });

  it('offers an inspector nothing, and the holder’s commands to another authority as unavailable', () => {
    expect(allowedCommands(received(), actor('inspector'), at)).toEqual([]);
    const classify = allowedCommands(received(), actor('reception_officer', B), at).find((c) => c.type === 'classify')!;
    expect(classify.available).toBe(false);
    expect(classify.reasons.join(' ')).toMatch(/cơ quan đang giữ đơn/);
  });
});
