import { parseArgs } from 'node:util';
import { loadConfig } from '@kntc/config';
import {
  AUTHORITY_LEVELS,
  DomainError,
  isIsoDate,
  vietnamDateOf,
  type AuthorityLevel,
  type IsoDate,
} from '@kntc/domain';
import {
  pendingMigrations,
  provisionDatabase,
  runMigrations,
  USER_ROLES,
  withDataSource,
  type UserRole,
} from '@kntc/persistence';
import {
  checkPassword,
  createAccessServices,
  generatePassword,
  normaliseUsername,
  USERNAME_PATTERN,
  USERNAME_RULE_MESSAGE,
} from '@kntc/access';

export const USER_CREATE_USAGE = `Usage: npm run user:create -- (--admin | --role <role>) --username <name> --authority <code>
         [--display-name <name>] [--password <password>]
         [--create-authority <authority name> [--level province] [--valid-from YYYY-MM-DD]]

  --admin               same as --role admin (the first administrator of a new install)
  --role                ${USER_ROLES.join(' | ')}
  --authority           code of an existing authority, or of the root authority to create
  --create-authority    first install: create the root authority <code> with this name
  --level               level of the created authority (default: province)
  --valid-from          first day the created authority exists (default: today)
  --password            the initial password; when absent a strong one is generated and printed once
`;

export interface UserCreateArgs {
  username: string;
  role: UserRole;
  authorityCode: string;
  displayName: string;
  password?: string;
  createAuthority?: { name: string; level: AuthorityLevel; validFrom?: IsoDate };
}

/** Parses and checks the arguments (no I/O): the value, or every problem found. */
export function parseUserCreateArgs(argv: string[]): { args?: UserCreateArgs; problems: string[] } {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        admin: { type: 'boolean' },
        role: { type: 'string' },
        username: { type: 'string' },
        authority: { type: 'string' },
        'display-name': { type: 'string' },
        password: { type: 'string' },
        'create-authority': { type: 'string' },
        level: { type: 'string' },
        'valid-from': { type: 'string' },
      },
    }).values;
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
  const problems: string[] = [];
  const str = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };

  const role = values.admin ? 'admin' : str('role');
  if (values.admin && str('role') && str('role') !== 'admin') problems.push('--admin and --role disagree: give one.');
  if (!role) problems.push('Give --admin or --role <role>.');
  else if (!(USER_ROLES as readonly string[]).includes(role)) {
    problems.push(`--role must be one of ${USER_ROLES.join(', ')}.`);
  }

  const username = normaliseUsername(str('username') ?? '');
  if (!username) problems.push('--username is required.');
  else if (!USERNAME_PATTERN.test(username)) problems.push(`--username: ${USERNAME_RULE_MESSAGE}`);

  const authorityCode = (str('authority') ?? '').trim();
  if (!authorityCode) problems.push('--authority <code> is required.');
  else if (authorityCode.length > 40) problems.push('--authority: a code has at most 40 characters.');

  const password = str('password');
  if (password !== undefined) {
    for (const p of checkPassword(password, { username })) problems.push(`--password: ${p.message}`);
  }

  let createAuthority: UserCreateArgs['createAuthority'];
  const authorityName = str('create-authority')?.trim();
  const level = str('level') ?? 'province';
  const validFrom = str('valid-from');
  if (str('create-authority') !== undefined) {
    if (!authorityName) problems.push('--create-authority needs the name of the authority.');
    if (!(AUTHORITY_LEVELS as readonly string[]).includes(level)) {
      problems.push(`--level must be one of ${AUTHORITY_LEVELS.join(', ')}.`);
    }
    if (validFrom !== undefined && !isIsoDate(validFrom)) problems.push('--valid-from must be a date YYYY-MM-DD.');
    createAuthority = { name: authorityName ?? '', level: level as AuthorityLevel, validFrom };
  } else if (str('level') !== undefined || validFrom !== undefined) {
    problems.push('--level and --valid-from only apply with --create-authority.');
  }

  if (problems.length > 0) return { problems };
  return {
    args: {
      username,
      role: role as UserRole,
      authorityCode,
      displayName: str('display-name')?.trim() || username,
      password,
      createAuthority,
    },
    problems: [],
  };
}

/**
 * `user:create`: creates a user, typically the first administrator of a new install, on
 * DATABASE_URL or the embedded database (like `migrate`). The password is never logged; a
 * generated one is printed once.
 */
export async function userCreateCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USER_CREATE_USAGE);
    return 0;
  }
  const { args, problems } = parseUserCreateArgs(argv);
  if (!args) {
    process.stderr.write(`${problems.map((p) => `  - ${p}`).join('\n')}\n\n${USER_CREATE_USAGE}`);
    return 2;
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const fail = (line: string) => {
    process.stderr.write(`${line}\n`);
    return 1;
  };

  const config = loadConfig();
  const database = await provisionDatabase({
    mode: config.database.mode,
    url: config.database.url,
    embedded: config.database.embedded,
    log: out,
  });
  try {
    // Same rule as the API's start: the embedded install migrates itself, an external one must be migrated first.
    if (config.database.migrateOnStart) {
      const applied = await runMigrations(database.url);
      if (applied.length > 0) out(`Applied ${applied.length} migration(s).`);
    } else {
      const pending = await withDataSource(database.url, pendingMigrations);
      if (pending.length > 0) {
        return fail(`${pending.length} migration(s) are pending. Run \`npm run db:migrate\` first.`);
      }
    }
    return await withDataSource(database.url, async (ds) => {
      const s = createAccessServices(ds);
      if (await s.userRepository.findByUsername(args.username)) {
        return fail(`The username "${args.username}" is already taken.`);
      }
      let authority = await s.directory.findByCode(args.authorityCode);
      if (args.createAuthority) {
        if (authority) {
          return fail(
            `Authority "${args.authorityCode}" already exists (${authority.name}). Drop --create-authority to add the user to it.`,
          );
        }
        authority = await s.authorities.insertRootAuthority({
          code: args.authorityCode,
          name: args.createAuthority.name,
          level: args.createAuthority.level,
          validFrom: args.createAuthority.validFrom ?? vietnamDateOf(new Date().toISOString()),
        });
        out(`Created the root authority ${authority.code} "${authority.name}" (${authority.level}).`);
      } else if (!authority) {
        return fail(
          `No authority has the code "${args.authorityCode}". Check the code, or on a new install create the root ` +
            `authority with --create-authority "<name>" --level province.`,
        );
      }
      const password = args.password ?? generatePassword(20, args.username);
      const user = await s.users.createByOperator({
        username: args.username,
        displayName: args.displayName,
        role: args.role,
        authorityId: authority.id,
        password,
      });
      out(`Created user ${user.username} (${user.role}) in ${authority.code} "${authority.name}".`);
      if (args.password === undefined) {
        out(`Generated password, shown only this once: ${password}`);
        out(
          'Give it to the user through a safe channel; they should change it after signing in (POST /auth/password).',
        );
      }
      return 0;
    });
  } catch (error) {
    if (error instanceof DomainError) {
      return fail(
        [error.message, ...error.details.map((d) => `  - ${d.field ? `${d.field}: ` : ''}${d.message}`)].join('\n'),
      );
    }
    throw error;
  } finally {
    await database.stop();
  }
}
