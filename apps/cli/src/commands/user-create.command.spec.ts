import { parseUserCreateArgs } from './user-create.command';

const strong = 'Ngựa trời bay 2 lần';

describe('user:create arguments', () => {
  it('reads the first administrator of a new install with its root authority', () => {
    const { args, problems } = parseUserCreateArgs([
      '--admin',
      '--username',
      'Root.Admin',
      '--authority',
      'HN',
      '--create-authority',
      'UBND thành phố Hà Nội',
      '--level',
      'province',
    ]);
    expect(problems).toEqual([]);
    expect(args).toEqual({
      username: 'root.admin',
      role: 'admin',
      authorityCode: 'HN',
      displayName: 'root.admin',
      password: undefined,
      createAuthority: { name: 'UBND thành phố Hà Nội', level: 'province', validFrom: undefined },
    });
  });

  it('reads another role with a display name and a password', () => {
    const { args } = parseUserCreateArgs([
      '--role',
      'handler',
      '--username',
      'le.van.c',
      '--authority',
      'HN-X1',
      '--display-name',
      'Lê Văn C',
      '--password',
      strong,
    ]);
    expect(args).toMatchObject({ role: 'handler', displayName: 'Lê Văn C', password: strong });
    expect(args?.createAuthority).toBeUndefined();
  });

  it('refuses a weak password with the policy’s Vietnamese messages, never echoing it', () => {
    const { args, problems } = parseUserCreateArgs([
      '--admin',
      '--username',
      'boss',
      '--authority',
      'HN',
      '--password',
      'boss123',
    ]);
    expect(args).toBeUndefined();
    expect(problems).toEqual([
      '--password: Mật khẩu phải có ít nhất 12 ký tự.',
      '--password: Mật khẩu không được là hoặc chứa tên đăng nhập.',
      '--password: Mật khẩu phải có ít nhất 3 trong 4 loại ký tự: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.',
    ]);
  });

  it('lists every problem at once', () => {
    const { problems } = parseUserCreateArgs(['--role', 'system', '--username', 'A B', '--level', 'galaxy']);
    expect(problems).toEqual([
      '--role must be one of reception_officer, handler, leader, inspector, admin.',
      expect.stringContaining('--username: Tên đăng nhập'),
      '--authority <code> is required.',
      '--level and --valid-from only apply with --create-authority.',
    ]);
  });

  it('needs a role, and refuses contradicting or unknown options', () => {
    expect(parseUserCreateArgs(['--username', 'a.b', '--authority', 'X']).problems).toEqual([
      'Give --admin or --role <role>.',
    ]);
    expect(
      parseUserCreateArgs(['--admin', '--role', 'leader', '--username', 'a.b', '--authority', 'X']).problems,
    ).toEqual(['--admin and --role disagree: give one.']);
    expect(parseUserCreateArgs(['--admin', '--usernme', 'a.b']).problems[0]).toMatch(/Unknown option '--usernme'/);
  });

  it('checks the level and the date of a created authority', () => {
    const { problems } = parseUserCreateArgs([
      '--admin',
      '--username',
      'a.b',
      '--authority',
      'X',
      '--create-authority',
      'Tỉnh X',
      '--level',
      'galaxy',
      '--valid-from',
      '2025-02-30',
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^--level must be one of central/),
      '--valid-from must be a date YYYY-MM-DD.',
    ]);
  });
});
