import { generatePassword } from './generate-password';
import { characterClassesOf, checkPassword, PASSWORD_MESSAGES, passwordStems } from './password-policy';

const issuesOf = (password: string, username = 'nguyen.van.a') =>
  checkPassword(password, { username }).map((p) => p.issue);

describe('password policy', () => {
  it.each([
    ['a long passphrase with spaces and 3 classes', 'Ngựa trời bay 2 lần'],
    ['symbols, digits, upper and lower case', 'Kx9#mP2$vL7q'],
    ['exactly 12 characters', 'Abcdefgh1!zq'],
    ['Vietnamese letters count as letters', 'Đường Lê Lợi số 123'],
  ])('accepts %s', (_why, password) => {
    expect(checkPassword(password, { username: 'nguyen.van.a' })).toEqual([]);
  });

  it('refuses fewer than 12 characters, counting characters rather than bytes', () => {
    expect(issuesOf('Ab1!efgh1zq')).toEqual(['too_short']);
    expect(issuesOf('Đường1!ệạảốx')).toEqual([]);
    expect(issuesOf('Đường1!ệạảốx'.normalize('NFD'))).toEqual([]);
  });

  it('refuses more than 256 characters', () => {
    expect(issuesOf(`Aa1!${'x'.repeat(253)}`)).toEqual(['too_long']);
  });

  it('refuses the username, reversed, or contained, whatever the case', () => {
    expect(issuesOf('Nguyen.Van.A', 'nguyen.van.a')).toContain('contains_username');
    expect(issuesOf('A.NAV.NEYUGN', 'nguyen.van.a')).toContain('contains_username');
    expect(issuesOf('2024!Nguyen.van.a', 'nguyen.van.a')).toEqual(['contains_username']);
  });

  it('does not treat a very short username as a substring problem', () => {
    expect(issuesOf('Kx9#mP2$vL7q', 'mp2')).toEqual([]);
  });

  it.each(['Password1234', 'P@ssw0rd2024!', 'Matkhau@123456', '!!Qwertyuiop1', 'Thanhtra2025!', 'Vietnam@12345'])(
    'refuses the common password %s (also with leet and trailing digits)',
    (password) => {
      expect(issuesOf(password)).toContain('too_common');
    },
  );

  it('refuses a single repeated character', () => {
    expect(issuesOf('############')).toEqual(expect.arrayContaining(['too_common', 'too_few_character_classes']));
  });

  it('needs 3 of the 4 character classes', () => {
    expect(issuesOf('onlylowercaseletters')).toEqual(['too_few_character_classes']);
    expect(issuesOf('lowercase and spaces')).toEqual(['too_few_character_classes']);
    expect(issuesOf('lowercase and spaces 9')).toEqual([]);
    expect(characterClassesOf('aA1!')).toBe(4);
    expect(characterClassesOf('ưƯ')).toBe(2);
  });

  it('reports every broken rule at once, in Vietnamese, never echoing the password', () => {
    const problems = checkPassword('admin', { username: 'admin' });
    expect(problems.map((p) => p.issue)).toEqual([
      'too_short',
      'contains_username',
      'too_common',
      'too_few_character_classes',
    ]);
    for (const p of problems) {
      expect(p.message).toBe(PASSWORD_MESSAGES[p.issue]);
      expect(p.message).toMatch(/Mật khẩu/);
    }
    const secret = checkPassword('Xyz-secret-Xyz', { username: 'secret' });
    expect(JSON.stringify(secret)).not.toContain('Xyz-secret-Xyz');
  });

  it('compares stems without case, leet or surrounding digits', () => {
    expect(passwordStems('P@ssw0rd2024!')).toContain('password');
    expect(passwordStems('12345678')).toContain('12345678');
  });

  it('generates passwords that pass the policy, each different', () => {
    const generated = Array.from({ length: 50 }, () => generatePassword());
    for (const p of generated) {
      expect(p).toHaveLength(20);
      expect(checkPassword(p, { username: 'admin' })).toEqual([]);
    }
    expect(new Set(generated).size).toBe(50);
  });
});
