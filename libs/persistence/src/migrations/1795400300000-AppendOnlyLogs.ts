import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log and the identity-reveal log are evidence: once written, no role the
 * application uses can change or remove a row. Enforced by the database, not by code review.
 */
export class AppendOnlyLogs1795400300000 implements MigrationInterface {
  name = 'AppendOnlyLogs1795400300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION kntc_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    // Statement-level: refused even when the statement would match no row.
    for (const table of ['domain_event', 'identity_reveal']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION kntc_refuse_change()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['domain_event', 'identity_reveal']) {
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION kntc_refuse_change()`);
  }
}
