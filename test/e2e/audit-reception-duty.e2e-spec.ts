import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import { createTestApp, type TestApp } from '@kntc/testing';
import { ClockService, FixedClock } from '@kntc/workflow';
import { createUser, insertAuthority, passwordFor } from '../../libs/access/src/testing/access-fixtures';

/**
 * The heads' reception duty in the audit report (issue 7): the same figures as the compliance
 * view for July 2026, without the schedules, and frozen at the report's cut-off.
 *
 * Province P (its chair received nobody), commune C1 (2 days a month from 2026-07-01: the 7th
 * delegated to the deputy, the 21st in person; the 28th in person is registered after the
 * cut-off), and a unit of an agency U, whose head has no statutory minimum (Luật TCD Art. 16.2).
 */
describe('the heads’ reception duty in the audit report (e2e)', () => {
  // Monday 10/08/2026, 10:00 in Vietnam: July is over.
  const clock = new FixedClock(new Date('2026-08-10T03:00:00Z'));
  const july = 'preset=month&year=2026&month=7';
  let t: TestApp;
  let ds: DataSource;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  let cut = '';

  const http = () => request(t.app.getHttpServer());
  const post = (who: string, path: string, body: object) =>
    http().post(path).set('Authorization', `Bearer ${tokens[who]}`).send(body);
  const get = (who: string, path: string) => http().get(path).set('Authorization', `Bearer ${tokens[who]}`);

  async function periodic(day: string, body: object): Promise<void> {
    const res = await post('reception.c1', '/reception/visits', {
      visitedAt: `${day}T08:00:00+07:00`,
      type: 'periodic',
      form: 'in_person',
      place: 'Trụ sở UBND xã',
      subjectArea: 'dat_dai',
      summary: 'Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất',
      contentKind: 'complaint',
      peopleCount: 1,
      visitors: [
        {
          role: 'signatory',
          kind: 'individual',
          identity: { fullName: `Công dân ${day}`, address: 'thôn Đông', idNumber: `0341880000${day.slice(8)}` },
        },
      ],
      ...body,
    });
    if (res.status !== 201) throw new Error(`visit of ${day} → ${res.status} ${res.text}`);
  }

  type DutyRow = {
    scope: { type: string; authority?: { id: string } };
    head?: string;
    required: number;
    heldInPerson: number;
    heldDelegated: number;
    missing: number;
    missingInPerson: number;
    periods: Record<string, number>;
  };
  const dutyOf = async (query: string): Promise<DutyRow[]> => {
    const res = await get('inspector.p', `/audit/reports?${july}&rootId=${ids.P}&scope=subtree${query}`).expect(200);
    return (res.body as { reception: { duty: DutyRow[] } }).reception.duty;
  };
  const rowOf = (rows: DutyRow[], id: string) => rows.find((r) => r.scope.authority?.id === id);

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: ClockService, useValue: clock }] });
    ds = t.app.get(DataSource);
    const users = t.app.get(UsersService);
    ids.P = await insertAuthority(ds, { code: 'ADU-P', level: 'province', validFrom: '2025-07-01' });
    ids.C1 = await insertAuthority(ds, { code: 'ADU-C1', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    ids.U = await insertAuthority(ds, {
      code: 'ADU-U',
      level: 'provincial_agency_unit',
      parentId: ids.P,
      validFrom: '2025-07-01',
    });
    for (const [username, role, authority] of [
      ['reception.c1', 'reception_officer', 'C1'],
      ['chair.c1', 'leader', 'C1'],
      ['deputy.c1', 'leader', 'C1'],
      ['inspector.p', 'inspector', 'P'],
    ] as const) {
      ids[username] = (await createUser(users, username, role, ids[authority])).id;
      const login = await http()
        .post('/auth/login')
        .send({ username, password: passwordFor(username) });
      if (login.status !== 200) throw new Error(`login of ${username} failed: ${login.text}`);
      tokens[username] = login.body.accessToken;
    }
    // A planned day: counted by the compliance view, never by the report.
    await post('reception.c1', '/reception/duty/schedules', {
      authorityId: ids.C1,
      leaderId: ids['chair.c1'],
      days: ['2026-07-14'],
      place: 'Trụ sở UBND xã',
    }).expect(201);
    await periodic('2026-07-07', { receivedById: ids['deputy.c1'], leaderPresence: 'delegated' });
    await periodic('2026-07-21', { receivedById: ids['chair.c1'], leaderPresence: 'in_person' });
    // The knowledge cut-off of the official run; the 28th is registered after it.
    const [{ now }] = await ds.query<{ now: Date }[]>(`SELECT now() AS now`);
    cut = new Date(now.getTime() + 1).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await periodic('2026-07-28', { receivedById: ids['chair.c1'], leaderPresence: 'in_person' });
  });
  afterAll(() => t.close());

  it('gives each head with a duty the compliance view’s totals, schedules aside, and a total row', async () => {
    const duty = await dutyOf('');
    const compliance = await get('inspector.p', `/reception/duty/compliance?from=2026-07-01&to=2026-07-31`).expect(200);
    expect(compliance.body.length).toBe(2);
    for (const view of compliance.body as { authority: { id: string }; totals: Record<string, number> }[]) {
      const { scheduled, cancelled, ...totals } = view.totals;
      expect({ authority: view.authority.id, ...totals }).toEqual({
        authority: view.authority.id,
        ...pick(rowOf(duty, view.authority.id)),
      });
      expect([scheduled, cancelled]).toEqual(view.authority.id === ids.C1 ? [1, 0] : [0, 0]);
    }
    expect(rowOf(duty, ids.C1)).toMatchObject({
      head: 'Chủ tịch UBND cấp xã',
      required: 2,
      heldInPerson: 2,
      heldDelegated: 1,
      missing: 0,
      missingInPerson: 0,
      periods: { met: 1, met_by_delegation: 0, missed: 0, ongoing: 0 },
    });
    expect(rowOf(duty, ids.P)).toMatchObject({ required: 1, missing: 1, missingInPerson: 1, periods: { missed: 1 } });
    expect(rowOf(duty, ids.U)).toBeUndefined();
    expect(duty[0]).toMatchObject({
      scope: { type: 'total' },
      required: 3,
      heldInPerson: 2,
      heldDelegated: 1,
      missing: 1,
      missingInPerson: 1,
      periods: { met: 1, met_by_delegation: 0, missed: 1, ongoing: 0 },
    });
  });

  it('counts only the visits known at a frozen cut-off, the same whenever it is rerun', async () => {
    const frozen = `&asOf=${encodeURIComponent(cut)}`;
    const first = await dutyOf(frozen);
    expect(rowOf(first, ids.C1)).toMatchObject({
      required: 2,
      heldInPerson: 1,
      heldDelegated: 1,
      missing: 0,
      missingInPerson: 1,
      periods: { met: 0, met_by_delegation: 1, missed: 0, ongoing: 0 },
    });
    await periodic('2026-07-30', { receivedById: ids['chair.c1'], leaderPresence: 'in_person' });
    expect(await dutyOf(frozen)).toEqual(first);
  });
});

/** The report row's figures, named as the compliance totals. */
function pick(
  row:
    | { required: number; heldInPerson: number; heldDelegated: number; missing: number; missingInPerson: number }
    | undefined,
) {
  if (!row) return {};
  const { required, heldInPerson, heldDelegated, missing, missingInPerson } = row;
  return { required, heldInPerson, heldDelegated, missing, missingInPerson };
}
