import { randomBytes } from 'node:crypto';
import { Global, Module, type INestApplication } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AuthorityDirectory } from '@kntc/access';
import { AuditModule } from '@kntc/audit';
import type { Actor, AuthorityLevel, Role } from '@kntc/domain';
import { PersistenceModule } from '@kntc/persistence';
import { createTestDatabase, type TestDatabase } from '@kntc/testing';
import {
  CaseCommandsService,
  CaseEngineModule,
  ClockService,
  FixedClock,
  PetitionCommandsService,
  PetitionIntakeService,
  StreamWriter,
  type NewPetition,
} from '@kntc/workflow';
import { insertAuthority } from '../../libs/access/src/testing/access-fixtures';
import { AuthorityDirectoryRepository } from '../../libs/access/src/authorities/authority-directory.repository';

/** What the global AccessModule gives the application, without its JWT and guards. */
@Global()
@Module({ providers: [AuthorityDirectoryRepository, AuthorityDirectory], exports: [AuthorityDirectory] })
class DirectoryModule {}

/** Vietnam's civil date at 09:00 local time (02:00 UTC). */
export const vn = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);

export const classification = (contentKind: string, over: Record<string, unknown> = {}) => ({
  contentKind,
  eligible: true,
  withinCompetence: true,
  signatories: 1,
  originalsAttached: false,
  ...over,
});

/**
 * A small world for audit tests: authorities, officers, and đơn and cases moved through the
 * real services (intake, petition and case commands, the StreamWriter) with a clock set by
 * hand, so every event, custody change and audit fact is what production would write.
 */
export class AuditWorld {
  readonly clock = new FixedClock(vn('2026-01-05'));
  db!: TestDatabase;
  moduleRef!: TestingModule;
  app!: INestApplication;
  ds!: DataSource;
  readonly ids: Record<string, string> = {};
  private seq = 0;

  async start(extraImports: unknown[] = []): Promise<this> {
    this.db = await createTestDatabase();
    this.moduleRef = await Test.createTestingModule({
      imports: [
        PersistenceModule.forRoot(this.db.url, 10),
        DirectoryModule,
        CaseEngineModule.forRoot({ identityKeys: `t1:${randomBytes(32).toString('base64')}` }),
        AuditModule,
        ...(extraImports as never[]),
      ],
    })
      .overrideProvider(ClockService)
      .useValue(this.clock)
      .compile();
    this.app = this.moduleRef.createNestApplication();
    await this.app.init();
    this.ds = this.moduleRef.get(DataSource);
    return this;
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.db.drop();
  }

  async authority(
    name: string,
    level: AuthorityLevel,
    parent: string | null,
    validity: { from?: string; until?: string } = {},
  ): Promise<string> {
    this.ids[name] = await insertAuthority(this.ds, {
      code: name,
      level,
      parentId: parent ? this.ids[parent] : null,
      validFrom: validity.from ?? '2020-01-01',
      validUntil: validity.until ?? null,
    });
    return this.ids[name];
  }

  async actor(authority: string, role: Role = 'leader'): Promise<Actor> {
    const ref = await this.app.get(AuthorityDirectory).refOf(this.ids[authority]);
    return { userId: `00000000-0000-4000-8000-${String(++this.seq).padStart(12, '0')}`, role, authority: ref };
  }

  at(instant: Date | string): this {
    this.clock.set(typeof instant === 'string' ? vn(instant) : instant);
    return this;
  }

  /** Vào sổ a đơn at the actor's authority, received on `receivedOn` (logged at the clock's time). */
  async petition(actor: Actor, receivedOn: string, over: Partial<NewPetition> = {}): Promise<string> {
    const result = await this.moduleRef.get(PetitionIntakeService).receive(actor, {
      receivedAt: vn(receivedOn, 8).toISOString(),
      channel: 'post',
      summary: 'Đơn thử nghiệm kiểm tra số liệu',
      subjectArea: 'dat_dai',
      petitioners: [{ role: 'signatory', kind: 'individual', identity: { fullName: 'Nguyễn Văn A' } }],
      ...over,
    });
    return result.body.id;
  }

  private async version(table: 'petition' | 'kntc_case', id: string): Promise<number> {
    const [row] = await this.ds.query<{ version: number }[]>(`SELECT version FROM ${table} WHERE id = $1`, [id]);
    return row.version;
  }

  async onPetition(actor: Actor, id: string, event: { type: string } & Record<string, unknown>): Promise<void> {
    await this.moduleRef.get(PetitionCommandsService).send({
      actor,
      petitionId: id,
      expectedVersion: await this.version('petition', id),
      event,
    });
  }

  async onCase(actor: Actor, id: string, event: { type: string } & Record<string, unknown>): Promise<void> {
    await this.moduleRef.get(CaseCommandsService).send({
      actor,
      caseId: id,
      expectedVersion: await this.version('kntc_case', id),
      event,
    });
  }

  /** As the system (reorganisation hand-over, deadline sweeper): the same write path. */
  async asSystem(streamType: 'petition' | 'case', id: string, event: { type: string } & Record<string, unknown>) {
    const table = streamType === 'petition' ? 'petition' : 'kntc_case';
    const [row] = await this.ds.query<{ version: number; holder: Actor['authority'] }[]>(
      `SELECT version, snapshot->'context'->'holder' AS holder FROM ${table} WHERE id = $1`,
      [id],
    );
    await this.moduleRef.get(StreamWriter).apply({
      streamType,
      id,
      expectedVersion: row.version,
      actor: { userId: 'system', role: 'system', authority: row.holder },
      event,
    });
  }

  async caseOf(petitionId: string): Promise<string> {
    const [row] = await this.ds.query<{ case_id: string }[]>(`SELECT case_id FROM petition WHERE id = $1`, [
      petitionId,
    ]);
    return row.case_id;
  }

  /** Logs, classifies and accepts a đơn: returns the case it opened. */
  async caseFrom(actor: Actor, receivedOn: string, kind: 'complaint' | 'denunciation' | 'feedback', details = {}) {
    const p = await this.petition(actor, receivedOn);
    await this.onPetition(actor, p, { type: 'classify', ...classification(kind) });
    await this.onPetition(actor, p, { type: 'accept', ...details });
    return this.caseOf(p);
  }
}

/**
 * The hand-computed dataset of the audit tests: a province (P), one of its agencies (AG), a
 * district (D) abolished on 1 July 2025 whose open files pass to the new commune X, and a commune
 * C. Reported over 1 June – 31 August 2025. Every date below is the day the step was recorded.
 *
 * Cases (vụ việc):
 * - K1 complaint at C, thụ lý 12/05, decided (đúng) 10/06; the complainant goes on: round 2 at P,
 *   lodged 02/07, thụ lý 03/07, decided 05/08 (có đúng có sai), amending the first decision.
 * - K2 complaint at C, thụ lý 04/06, withdrawn in full 20/06.
 * - K3 complaint at C, thụ lý 17/06, still open on 31/08 and overdue (30 days).
 * - K4 complaint at D, thụ lý 03/04, handed to X on 01/07, decided (sai) by X on 21/07, late.
 * - T1 denunciation at C, thụ lý 26/05, terminated 24/06 (the denounced official died).
 * - T2 denunciation at AG, thụ lý 09/06, concluded 08/07 (sai sự thật).
 * - T3 denunciation at D, thụ lý 06/06, handed to X on 01/07, still open on 31/08 and overdue.
 * - F1 kiến nghị at X, opened 10/07, answered 28/07.
 * Đơn without a case:
 * - PRIOR at C: received 28/05, guided 03/06 (complaint outside competence).
 * - FWD: received at C 11/06, forwarded to AG 12/06; AG acknowledges 16/06 and guides 20/06.
 * - RET: received at X 15/07, forwarded to C 16/07; C declines it 18/07; X guides it 22/07.
 * - INEL at C: received 18/06, ineligible (no identification), filed 19/06.
 * - OPEN at D: received 25/06, handed to X 01/07, classified by X 04/08, not yet disposed.
 */
export async function buildProvince2025(world: AuditWorld): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  await world.authority('P', 'province', null);
  await world.authority('AG', 'provincial_agency', 'P');
  await world.authority('D', 'district', 'P', { until: '2025-07-01' });
  await world.authority('X', 'commune', 'P', { from: '2025-07-01' });
  await world.authority('C', 'commune', 'P');
  const p = await world.actor('P');
  const ag = await world.actor('AG');
  const d = await world.actor('D');
  const x = await world.actor('X');
  const c = await world.actor('C');
  const official = { denounced: { kind: 'official' } };
  const outside = (kind: string) => classification(kind, { withinCompetence: false });

  world.at('2025-04-01');
  ids.K4 = await world.caseFrom(d, '2025-04-01', 'complaint');
  world.at('2025-04-03');
  await world.onCase(d, ids.K4, { type: 'accept' });

  world.at('2025-05-05');
  ids.K1 = await world.caseFrom(c, '2025-05-05', 'complaint');
  world.at('2025-05-12');
  await world.onCase(c, ids.K1, { type: 'accept' });
  world.at('2025-05-20');
  ids.T1 = await world.caseFrom(c, '2025-05-20', 'denunciation', official);
  world.at('2025-05-26');
  await world.onCase(c, ids.T1, { type: 'accept' });
  world.at('2025-05-28');
  ids.PRIOR = await world.petition(c, '2025-05-28');
  await world.onPetition(c, ids.PRIOR, { type: 'classify', ...outside('complaint') });

  world.at('2025-06-02');
  ids.K2 = await world.caseFrom(c, '2025-06-02', 'complaint');
  world.at('2025-06-03');
  await world.onPetition(c, ids.PRIOR, { type: 'guide', guidedTo: 'Tòa án nhân dân' });
  ids.T3 = await world.caseFrom(d, '2025-06-03', 'denunciation', official);
  world.at('2025-06-04');
  await world.onCase(c, ids.K2, { type: 'accept' });
  world.at('2025-06-05');
  ids.T2 = await world.caseFrom(ag, '2025-06-05', 'denunciation', official);
  world.at('2025-06-06');
  await world.onCase(d, ids.T3, { type: 'accept' });
  world.at('2025-06-09');
  await world.onCase(ag, ids.T2, { type: 'accept' });
  world.at('2025-06-10');
  await world.onCase(c, ids.K1, { type: 'decideNow', outcome: 'correct' });
  world.at('2025-06-11');
  ids.FWD = await world.petition(c, '2025-06-11');
  await world.onPetition(c, ids.FWD, { type: 'classify', ...outside('feedback') });
  world.at('2025-06-12');
  await world.onCase(c, ids.K1, { type: 'send' });
  await world.onPetition(c, ids.FWD, { type: 'forward', to: ag.authority });
  world.at('2025-06-16');
  ids.K3 = await world.caseFrom(c, '2025-06-16', 'complaint');
  await world.onPetition(ag, ids.FWD, { type: 'receive' });
  world.at('2025-06-17');
  await world.onCase(c, ids.K3, { type: 'accept' });
  world.at('2025-06-18');
  ids.INEL = await world.petition(c, '2025-06-18');
  await world.onPetition(c, ids.INEL, {
    type: 'classify',
    ...classification('complaint', { eligible: false, ineligibleReason: 'missing_identification' }),
  });
  world.at('2025-06-19');
  await world.onPetition(c, ids.INEL, { type: 'file', reason: 'missing_identification' });
  world.at('2025-06-20');
  await world.onCase(c, ids.K2, { type: 'withdraw', scope: 'all' });
  await world.onPetition(ag, ids.FWD, { type: 'classify', ...outside('feedback') });
  await world.onPetition(ag, ids.FWD, { type: 'guide' });
  world.at('2025-06-24');
  await world.onCase(c, ids.T1, { type: 'terminate', ground: 'denounced_died' });
  world.at('2025-06-25');
  ids.OPEN = await world.petition(d, '2025-06-25');

  // 1 July 2025: the district is abolished; its open files pass as they stand to commune X.
  world.at('2025-07-01');
  const basis = { to: x.authority, legalBasis: 'Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025' };
  await world.asSystem('case', ids.K4, { type: 'reassign', ...basis });
  await world.asSystem('case', ids.T3, { type: 'reassign', ...basis });
  await world.asSystem('petition', ids.OPEN, { type: 'reassign', ...basis });
  world.at('2025-07-02');
  await world.onCase(p, ids.K1, { type: 'lodgeSecondComplaint' });
  world.at('2025-07-03');
  await world.onCase(p, ids.K1, { type: 'accept' });
  world.at('2025-07-07');
  await world.onCase(x, ids.K4, { type: 'startVerification' });
  world.at('2025-07-08');
  await world.onCase(ag, ids.T2, { type: 'conclude', outcome: 'untrue' });
  world.at('2025-07-10');
  await world.onCase(p, ids.K1, { type: 'startVerification' });
  ids.F1 = await world.caseFrom(x, '2025-07-10', 'feedback');
  world.at('2025-07-14');
  await world.onCase(x, ids.K4, { type: 'completeVerification', finding: 'incorrect', differsFromRequest: false });
  world.at('2025-07-15');
  ids.RET = await world.petition(x, '2025-07-15');
  await world.onPetition(x, ids.RET, { type: 'classify', ...outside('feedback') });
  world.at('2025-07-16');
  await world.onPetition(x, ids.RET, { type: 'forward', to: c.authority });
  world.at('2025-07-18');
  await world.onPetition(c, ids.RET, { type: 'returnToSender', reason: 'Không thuộc thẩm quyền của xã C' });
  world.at('2025-07-20');
  await world.onCase(p, ids.K1, { type: 'completeVerification', finding: 'partly_correct', differsFromRequest: true });
  world.at('2025-07-21');
  await world.onCase(x, ids.K4, { type: 'decide', outcome: 'incorrect' });
  world.at('2025-07-22');
  await world.onPetition(x, ids.RET, { type: 'classify', ...outside('feedback') });
  await world.onPetition(x, ids.RET, { type: 'guide' });
  world.at('2025-07-25');
  await world.onCase(p, ids.K1, { type: 'holdDialogue', attended: true });
  world.at('2025-07-28');
  await world.onCase(x, ids.F1, { type: 'reply', summary: 'Đã trả lời kiến nghị' });
  world.at('2025-08-04');
  await world.onPetition(x, ids.OPEN, { type: 'classify', ...classification('feedback') });
  world.at('2025-08-05');
  await world.onCase(p, ids.K1, { type: 'decide', outcome: 'partly_correct', effectOnRound1: 'amended' });
  world.at('2025-09-15');
  return ids;
}
