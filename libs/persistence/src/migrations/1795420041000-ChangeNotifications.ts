import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The session columns: what UserRepository.findSessionUser reads of a user. */
const SESSION_COLUMNS = ['role', 'authority_id', 'token_version', 'disabled_at'];

/**
 * Every API process caches sessions and the working calendar; these triggers tell all of them,
 * on channel kntc_changed at commit, what changed (DatabaseChanges in libs/persistence).
 * A user's row notifies only when a session column changes: sign-ins write counters, and must
 * not empty the caches. The authority tree and the calendar change rarely and as a whole, so
 * their triggers fire once per statement and name no row.
 */
export class ChangeNotifications1795420041000 implements MigrationInterface {
  name = 'ChangeNotifications1795420041000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION kntc_notify_session_user() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('kntc_changed', json_build_object('topic', 'session-user', 'id', OLD.id)::text);
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION kntc_notify_topic() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('kntc_changed', json_build_object('topic', TG_ARGV[0])::text);
        RETURN NULL;
      END
      $$`);
    const changed = SESSION_COLUMNS.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ');
    await queryRunner.query(
      `CREATE TRIGGER app_user_session_changed AFTER UPDATE OF ${SESSION_COLUMNS.join(', ')} ON "app_user" FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION kntc_notify_session_user()`,
    );
    // A DELETE trigger cannot see NEW, so it cannot share the UPDATE trigger's WHEN.
    await queryRunner.query(
      `CREATE TRIGGER app_user_session_removed AFTER DELETE ON "app_user" FOR EACH ROW EXECUTE FUNCTION kntc_notify_session_user()`,
    );
    // authority is the only table the session's authority chain (authorityChainCte) reads.
    await queryRunner.query(
      `CREATE TRIGGER authority_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "authority" FOR EACH STATEMENT EXECUTE FUNCTION kntc_notify_topic('authority')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER calendar_announcement_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "calendar_announcement" FOR EACH STATEMENT EXECUTE FUNCTION kntc_notify_topic('calendar')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER calendar_announcement_changed ON "calendar_announcement"`);
    await queryRunner.query(`DROP TRIGGER authority_changed ON "authority"`);
    await queryRunner.query(`DROP TRIGGER app_user_session_removed ON "app_user"`);
    await queryRunner.query(`DROP TRIGGER app_user_session_changed ON "app_user"`);
    await queryRunner.query(`DROP FUNCTION kntc_notify_topic()`);
    await queryRunner.query(`DROP FUNCTION kntc_notify_session_user()`);
  }
}
