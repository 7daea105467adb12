import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthorityDirectory, UsersService } from '@kntc/access';
import type { AppConfig, Logger } from '@kntc/config';
import type { Actor } from '@kntc/domain';
import { DemoDataRepository } from './demo-data.repository';
import { demoPasswords, readDemoLogins, writeDemoLogins, type DemoLogins } from './demo-logins';
import { DEMO_ACCOUNTS, DEMO_AUTHORITIES, DEMO_PROVINCE_CODE, DEMO_SUCCESSIONS } from './demo-province';
import { DEMO_SCENARIOS } from './demo-scenarios';
import { DemoWriter } from './demo-writer';

/**
 * Loads the demo province into an empty database so a newcomer can try every command at once:
 * the authority tree, one account per role, and a few dozen đơn and cases written through the
 * intake and command services, dated over the last months. Does nothing when DEMO_DATA is off;
 * on a database that already has an authority it only reads back the stored logins (for the
 * start-up banner), so it is safe to call at every start.
 *
 * Call it after the application is created and before it listens (it initialises the app:
 * accepting a đơn opens its case through a hook registered at initialisation).
 */
export async function loadDemoData(
  app: INestApplication,
  config: Pick<AppConfig, 'demoData' | 'dataDir'>,
  logger: Logger,
): Promise<DemoLogins | undefined> {
  if (!config.demoData) return undefined;
  const repository = new DemoDataRepository(app.get(DataSource));
  const ids = await repository.createTreeIfNoAuthorityExists(DEMO_AUTHORITIES, DEMO_SUCCESSIONS);
  if (!ids) {
    // Not an empty database: leave it alone. Show the logins only if they were made for it.
    const stored = await readDemoLogins(config.dataDir);
    return stored && (await repository.isDemoProvince(stored.provinceId, DEMO_PROVINCE_CODE)) ? stored : undefined;
  }
  const started = Date.now();
  await app.init();
  const { logins, actors } = await createAccounts(app, ids);
  const file = await writeDemoLogins(config.dataDir, logins);
  try {
    const counts = await new DemoWriter(app, repository, ids, actors).writeScenarios(DEMO_SCENARIOS);
    logger.info(
      { ...counts, accounts: logins.accounts.length, loginsFile: file, ms: Date.now() - started },
      'demo data loaded',
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Loading the demo data failed: ${message}\nThe database now holds part of it. Stop the API, delete the embedded database (DATA_DIR/pg) and start again, or set DEMO_DATA=false.`,
      { cause: error },
    );
  }
  return logins;
}

/** The demo accounts, created as the operator would (`user:create`), with fresh random passwords. */
async function createAccounts(
  app: INestApplication,
  ids: Map<string, string>,
): Promise<{ logins: DemoLogins; actors: Map<string, Actor> }> {
  const users = app.get(UsersService);
  const directory = app.get(AuthorityDirectory);
  const passwords = demoPasswords(DEMO_ACCOUNTS);
  const names = new Map(DEMO_AUTHORITIES.map((a) => [a.code, a.name]));
  // Hashing dominates (argon2, ~0.1 s each): all at once, the thread pool spreads them.
  const created = await Promise.all(
    DEMO_ACCOUNTS.map((a) =>
      users.createByOperator({
        username: a.username,
        displayName: a.displayName,
        role: a.role,
        authorityId: ids.get(a.authority)!,
        password: passwords.get(a.username)!,
      }),
    ),
  );
  const actors = new Map<string, Actor>();
  for (const user of created) {
    actors.set(user.username, { userId: user.id, role: user.role, authority: await directory.refOf(user.authorityId) });
  }
  const logins: DemoLogins = {
    provinceId: ids.get(DEMO_PROVINCE_CODE)!,
    createdAt: new Date().toISOString(),
    accounts: DEMO_ACCOUNTS.map((a) => ({
      username: a.username,
      password: passwords.get(a.username)!,
      role: a.role,
      authority: names.get(a.authority)!,
    })),
  };
  return { logins, actors };
}
