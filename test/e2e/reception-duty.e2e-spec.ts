import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import { createTestApp, type TestApp } from '@kntc/testing';
import { ClockService, FixedClock } from '@kntc/workflow';
import { createUser, insertAuthority, passwordFor } from '../../libs/access/src/testing/access-fixtures';

/**
 * Leaders' reception duty and the reception figures, through the API: the desk plans the commune
 * chair's days, the register records what was held (in person or delegated), the inspector reads
 * the compliance of a window straddling 2026-07-01 and the figures of Biểu 01/TCD, hand-computed.
 */
describe('leaders’ reception duty and reception figures (e2e)', () => {
  // Friday 28/08/2026, 10:00 in Vietnam.
  const clock = new FixedClock(new Date('2026-08-28T03:00:00Z'));
  let t: TestApp;
  let ds: DataSource;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const visits: Record<string, string> = {};
  let cut = '';

  const http = () => request(t.app.getHttpServer());
  const post = (who: string, path: string, body: object) =>
    http().post(path).set('Authorization', `Bearer ${tokens[who]}`).send(body);
  const get = (who: string, path: string) => http().get(path).set('Authorization', `Bearer ${tokens[who]}`);

  const citizen = (n: number, role = 'signatory') => ({
    role,
    kind: 'individual',
    identity: { fullName: `Công dân ${n}`, address: 'thôn Đông, xã D1', idNumber: `0341880000${10 + n}` },
  });

  /** V1…V9 of the hand computation below. */
  async function register(who: string, key: string, body: object): Promise<void> {
    const res = await post(who, '/reception/visits', {
      form: 'in_person',
      place: 'Trụ sở UBND xã',
      subjectArea: 'dat_dai',
      summary: 'Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất',
      peopleCount: 1,
      visitors: [citizen(Object.keys(visits).length + 1)],
      ...body,
    });
    if (res.status !== 201) throw new Error(`${key} → ${res.status} ${res.text}`);
    visits[key] = res.body.id;
  }

  beforeAll(async () => {
    t = await createTestApp({
      overrides: [{ provide: ClockService, useValue: clock }],
      // Localities count crowds differently: this one from 10 people.
      env: { RECEPTION_DELEGATION_MIN_PEOPLE: '10' },
    });
    ds = t.app.get(DataSource);
    const users = t.app.get(UsersService);
    ids.P = await insertAuthority(ds, { code: 'DUT-P', level: 'province', validFrom: '2025-07-01' });
    ids.C1 = await insertAuthority(ds, { code: 'DUT-C1', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    ids.C2 = await insertAuthority(ds, { code: 'DUT-C2', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    for (const [username, role, authority] of [
      ['reception.c1', 'reception_officer', 'C1'],
      ['chair.c1', 'leader', 'C1'],
      ['deputy.c1', 'leader', 'C1'],
      ['reception.c2', 'reception_officer', 'C2'],
      ['inspector.p', 'inspector', 'P'],
      ['admin.p', 'admin', 'P'],
    ] as const) {
      ids[username] = (await createUser(users, username, role, ids[authority])).id;
      const login = await http()
        .post('/auth/login')
        .send({ username, password: passwordFor(username) });
      if (login.status !== 200) throw new Error(`login of ${username} failed: ${login.text}`);
      tokens[username] = login.body.accessToken;
    }

    // A case held by C1, which two later visits are about (vụ việc cũ).
    const intake = await post('reception.c1', '/petitions', {
      receivedAt: '2026-07-20T08:30:00+07:00',
      channel: 'post',
      summary: 'Khiếu nại quyết định thu hồi đất',
      subjectArea: 'dat_dai',
      petitioners: [citizen(99)],
    }).expect(201);
    await post('reception.c1', `/petitions/${intake.body.id}/classify`, {
      expectedVersion: 1,
      contentKind: 'complaint',
      eligible: true,
      withinCompetence: true,
      signatories: 1,
      originalsAttached: false,
    }).expect(200);
    await post('reception.c1', `/petitions/${intake.body.id}/accept`, { expectedVersion: 2 }).expect(200);
    const petition = await get('reception.c1', `/petitions/${intake.body.id}`).expect(200);
    ids.case = petition.body.case.id;

    const periodic = (day: string, extra: object) => ({
      visitedAt: `${day}T08:00:00+07:00`,
      type: 'periodic',
      ...extra,
    });
    const crowd = (people: number, representatives: number) => ({
      peopleCount: people,
      visitors: Array.from({ length: representatives }, (_, i) => citizen(50 + people + i, 'representative')),
    });
    // Week 29/06–30/06 (VN-2025-07, 1 day a week): the chair in person, twice the same day.
    await register('chair.c1', 'V1', periodic('2026-06-30', { leaderPresence: 'in_person', contentKind: 'complaint' }));
    await register(
      'reception.c1',
      'V2',
      periodic('2026-06-30', {
        receivedById: ids['chair.c1'],
        leaderPresence: 'in_person',
        contentKind: 'feedback',
        peopleCount: 2,
      }),
    );
    // July (VN-2026-07, 2 days a month): the 7th delegated to the deputy, the 21st in person.
    await register(
      'reception.c1',
      'V3',
      periodic('2026-07-07', {
        receivedById: ids['deputy.c1'],
        leaderPresence: 'delegated',
        contentKind: 'complaint',
        ...crowd(6, 1),
      }),
    );
    await register(
      'chair.c1',
      'V4',
      periodic('2026-07-21', { leaderPresence: 'in_person', contentKind: 'denunciation', ...crowd(12, 2) }),
    );
    // An ad hoc reception: owed on top of the periodic days, not counted in them.
    await register('chair.c1', 'V5', {
      visitedAt: '2026-07-15T14:00:00+07:00',
      type: 'ad_hoc',
      leaderPresence: 'in_person',
      contentKind: 'complaint',
    });
    // The desk's regular reception: a đơn logged, and two repeat visits about the case.
    await register('reception.c1', 'V6', {
      visitedAt: '2026-07-10T09:00:00+07:00',
      type: 'regular',
      contentKind: 'mixed',
      result: { kind: 'received', logPetition: true },
    });
    for (const [key, day] of [
      ['V7', '2026-07-22'],
      ['V8', '2026-07-23'],
    ] as const) {
      await register('reception.c1', key, {
        visitedAt: `${day}T09:00:00+07:00`,
        type: 'regular',
        contentKind: 'complaint',
        caseId: ids.case,
      });
    }
    await register('reception.c2', 'V9', {
      visitedAt: '2026-07-02T09:00:00+07:00',
      type: 'regular',
      contentKind: 'feedback',
      peopleCount: 3,
    });
    // The knowledge cut-off of the official run; V10 is registered after it.
    const [{ now }] = await ds.query<{ now: Date }[]>(`SELECT now() AS now`);
    cut = new Date(now.getTime() + 1).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await register('reception.c1', 'V10', {
      visitedAt: '2026-07-24T09:00:00+07:00',
      type: 'regular',
      contentKind: 'complaint',
    });
  });
  afterAll(() => t.close());

  describe('schedules', () => {
    it('lets the desk plan the chair’s days and an administrator add one; replanning a day replaces it', async () => {
      const planned = await post('reception.c1', '/reception/duty/schedules', {
        authorityId: ids.C1,
        leaderId: ids['chair.c1'],
        days: ['2026-07-07', '2026-06-30', '2026-07-21'],
        place: 'Trụ sở UBND xã',
      }).expect(201);
      expect(planned.body.map((d: { plannedOn: string }) => d.plannedOn)).toEqual([
        '2026-06-30',
        '2026-07-07',
        '2026-07-21',
      ]);
      await post('admin.p', '/reception/duty/schedules', {
        authorityId: ids.C1,
        leaderId: ids['deputy.c1'],
        days: ['2026-07-28'],
        place: 'Nhà văn hóa thôn Đông',
      }).expect(201);
      await post('admin.p', '/reception/duty/schedules', {
        authorityId: ids.C1,
        leaderId: ids['chair.c1'],
        days: ['2026-07-28'],
        place: 'Trụ sở UBND xã',
        note: 'Chủ tịch trực tiếp tiếp',
      }).expect(201);
      const listed = await get('chair.c1', `/reception/duty/schedules?from=2026-06-01&to=2026-07-31`).expect(200);
      expect(listed.body.map((d: { plannedOn: string; leaderId: string }) => [d.plannedOn, d.leaderId])).toEqual([
        ['2026-06-30', ids['chair.c1']],
        ['2026-07-07', ids['chair.c1']],
        ['2026-07-21', ids['chair.c1']],
        ['2026-07-28', ids['chair.c1']],
      ]);
    });

    it('refuses a non-leader as receiver, another authority (404), and roles outside the table (403)', async () => {
      const notLeader = await post('reception.c1', '/reception/duty/schedules', {
        authorityId: ids.C1,
        leaderId: ids['reception.c1'],
        days: ['2026-09-08'],
        place: 'Trụ sở UBND xã',
      }).expect(400);
      expect(notLeader.body.error.details).toEqual([expect.objectContaining({ field: 'leaderId' })]);
      await post('chair.c1', '/reception/duty/schedules', {
        authorityId: ids.C2,
        leaderId: ids['chair.c1'],
        days: ['2026-09-08'],
        place: 'x',
      }).expect(404);
      await post('inspector.p', '/reception/duty/schedules', {
        authorityId: ids.C1,
        leaderId: ids['chair.c1'],
        days: ['2026-09-08'],
        place: 'x',
      }).expect(403);
    });
  });

  describe('compliance', () => {
    const window = `from=2026-06-29&to=2026-07-31`;

    it('judges the straddling window per day: the June week fragment met, July met only by delegation', async () => {
      const res = await get('inspector.p', `/reception/duty/compliance?${window}&authorityId=${ids.C1}`).expect(200);
      expect(res.body).toHaveLength(1);
      const [c1] = res.body;
      expect(c1.authority).toMatchObject({ id: ids.C1, level: 'commune' });
      expect(
        c1.periods.map((p: Record<string, unknown>) => [
          p.from,
          p.to,
          p.per,
          p.ruleSetId,
          p.required,
          p.scheduled,
          p.heldInPerson,
          p.heldDelegated,
          p.missing,
          p.missingInPerson,
          p.status,
        ]),
      ).toEqual([
        ['2026-06-29', '2026-06-30', 'week', 'VN-2025-07', 1, 1, 1, 0, 0, 0, 'met'],
        ['2026-07-01', '2026-07-31', 'month', 'VN-2026-07', 2, 3, 1, 1, 0, 1, 'met_by_delegation'],
      ]);
      expect(c1.totals).toEqual({
        required: 3,
        scheduled: 4,
        cancelled: 0,
        heldInPerson: 2,
        heldDelegated: 1,
        missing: 0,
        missingInPerson: 1,
      });
      expect(c1.adHoc).toEqual({ inPersonDays: 1, delegatedDays: 0 });
      expect(c1.periods[1].source).toEqual(
        expect.arrayContaining([expect.objectContaining({ amendedBy: 'Luật 136/2025/QH15, Điều 1 khoản 7' })]),
      );
    });

    it('shows a leader their own authority only; an inspector every head of the subtree', async () => {
      const own = await get('chair.c1', `/reception/duty/compliance?${window}`).expect(200);
      expect(own.body.map((r: { authority: { id: string } }) => r.authority.id)).toEqual([ids.C1]);
      await get('chair.c1', `/reception/duty/compliance?${window}&authorityId=${ids.C2}`).expect(404);
      const all = await get('inspector.p', `/reception/duty/compliance?${window}`).expect(200);
      expect(all.body.map((r: { authority: { code: string } }) => r.authority.code).sort()).toEqual([
        'DUT-C1',
        'DUT-C2',
        'DUT-P',
      ]);
      // The province chair received nobody: June and July are owed in full.
      const p = all.body.find((r: { authority: { id: string } }) => r.authority.id === ids.P);
      expect(p.totals).toMatchObject({ required: 2, heldInPerson: 0, missing: 2, missingInPerson: 2 });
      await get('inspector.p', `/reception/duty/compliance?from=2026-07-31&to=2026-06-29`).expect(400);
    });
  });

  describe('compliance as CSV', () => {
    const window = `from=2026-06-29&to=2026-07-31`;

    it('gives one line per authority and period, with the JSON view’s figures, UTF-8 with BOM', async () => {
      const json = await get('inspector.p', `/reception/duty/compliance?${window}`).expect(200);
      const csv = await get('inspector.p', `/reception/duty/compliance.csv?${window}`).expect(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toContain('.csv');
      expect(csv.text.startsWith('\uFEFF')).toBe(true);
      const lines = csv.text.slice(1).trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'Mã cơ quan,"Cơ quan, đơn vị",Người đứng đầu,Từ ngày,Đến ngày,Kỳ,Bộ quy tắc,Số ngày phải tiếp,' +
          'Số ngày có lịch tiếp,Số ngày lịch tiếp bị hủy,Số ngày người đứng đầu trực tiếp tiếp,Số ngày ủy quyền tiếp,' +
          'Số ngày còn thiếu,Số ngày còn thiếu (trực tiếp tiếp),Kết quả,Căn cứ',
      );
      const periods = json.body.reduce((n: number, v: { periods: unknown[] }) => n + v.periods.length, 0);
      expect(lines).toHaveLength(1 + periods);
      // C1's July, figure by figure against the JSON view.
      const c1 = json.body.find((v: { authority: { id: string } }) => v.authority.id === ids.C1);
      const july = c1.periods[1];
      const line = lines.find((l) => l.startsWith('DUT-C1,') && l.includes(',2026-07-01,2026-07-31,'));
      expect(line?.split(',').slice(2, 15)).toEqual([
        'Chủ tịch UBND cấp xã',
        '2026-07-01',
        '2026-07-31',
        'Tháng',
        'VN-2026-07',
        ...[
          july.required,
          july.scheduled,
          july.cancelled,
          july.heldInPerson,
          july.heldDelegated,
          july.missing,
          july.missingInPerson,
        ].map(String),
        'Đạt nếu tính ngày ủy quyền tiếp',
      ]);
      expect(line).toContain('Luật 136/2025/QH15, Điều 1 khoản 7');
    });

    it('keeps the scope and the permission of the JSON view', async () => {
      const own = await get('chair.c1', `/reception/duty/compliance.csv?${window}`).expect(200);
      const codes = own.text
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]);
      expect(new Set(codes)).toEqual(new Set(['DUT-C1']));
      await get('chair.c1', `/reception/duty/compliance.csv?${window}&authorityId=${ids.C2}`).expect(404);
      await get('reception.c1', `/reception/duty/compliance.csv?${window}`).expect(403);
      await get('inspector.p', `/reception/duty/compliance.csv?from=2026-07-31&to=2026-06-29`).expect(400);
    });
  });

  describe('cancelling planned days', () => {
    const plan = (who: string, days: string[], extra: object = {}) =>
      post(who, '/reception/duty/schedules', {
        authorityId: ids.C1,
        leaderId: ids['chair.c1'],
        days,
        place: 'Trụ sở UBND xã',
        ...extra,
      });
    const cancel = (
      who: string,
      days: string[],
      reason = 'Chủ tịch UBND xã đi công tác đột xuất',
      authorityId = ids.C1,
    ) => post(who, '/reception/duty/schedules/cancel', { authorityId, days, reason });
    const september = async () => {
      const res = await get(
        'inspector.p',
        `/reception/duty/compliance?from=2026-09-01&to=2026-09-30&authorityId=${ids.C1}`,
      );
      return res.body[0].periods[0] as { scheduled: number; cancelled: number };
    };

    it('keeps a cancelled day with who, when and why, and stops counting it as scheduled', async () => {
      await plan('reception.c1', ['2026-09-15', '2026-09-22', '2026-09-29']).expect(201);
      expect(await september()).toMatchObject({ scheduled: 3, cancelled: 0 });
      const res = await cancel('chair.c1', ['2026-09-22']).expect(200);
      expect(res.body).toEqual([
        expect.objectContaining({
          plannedOn: '2026-09-22',
          status: 'cancelled',
          cancellation: {
            at: expect.any(String),
            byId: ids['chair.c1'],
            reason: 'Chủ tịch UBND xã đi công tác đột xuất',
          },
          notice: null,
        }),
      ]);
      const listed = await get('reception.c1', `/reception/duty/schedules?from=2026-09-01&to=2026-09-30`).expect(200);
      expect(listed.body.map((d: { plannedOn: string; status: string }) => [d.plannedOn, d.status])).toEqual([
        ['2026-09-15', 'planned'],
        ['2026-09-22', 'cancelled'],
        ['2026-09-29', 'planned'],
      ]);
      expect(await september()).toMatchObject({ scheduled: 2, cancelled: 1 });
      const [{ count }] = await ds.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM reception_duty_schedule WHERE authority_id = $1 AND planned_on = '2026-09-22'`,
        [ids.C1],
      );
      expect(count).toBe(1);
    });

    it('plans a cancelled day again on replanning, still showing its last cancellation', async () => {
      const res = await plan('admin.p', ['2026-09-22']).expect(201);
      expect(res.body[0]).toMatchObject({
        status: 'planned',
        cancellation: { byId: ids['chair.c1'], reason: 'Chủ tịch UBND xã đi công tác đột xuất' },
      });
      expect(await september()).toMatchObject({ scheduled: 3, cancelled: 0 });
    });

    it('is idempotent: cancelling a cancelled day keeps its first cancellation', async () => {
      await cancel('reception.c1', ['2026-09-29'], 'Trùng lịch họp HĐND xã').expect(200);
      const again = await cancel('admin.p', ['2026-09-29'], 'Lý do khác').expect(200);
      expect(again.body[0].cancellation).toMatchObject({ byId: ids['reception.c1'], reason: 'Trùng lịch họp HĐND xã' });
      expect(await september()).toMatchObject({ scheduled: 2, cancelled: 1 });
    });

    it('refuses a past day and a day already held (422), all or nothing', async () => {
      // 28/07 is over; today 28/08 the chair has already received a citizen.
      const past = await cancel('reception.c1', ['2026-07-28', '2026-09-15']).expect(422);
      expect(past.body.error.code).toBe('RULE_VIOLATION');
      expect(past.body.error.details).toEqual([
        expect.objectContaining({ field: 'days', issue: 'day_past', day: '2026-07-28' }),
      ]);
      await plan('reception.c1', ['2026-08-28']).expect(201);
      await register('chair.c1', 'V11', {
        visitedAt: '2026-08-28T08:00:00+07:00',
        type: 'periodic',
        leaderPresence: 'in_person',
        contentKind: 'feedback',
      });
      const held = await cancel('reception.c1', ['2026-08-28']).expect(422);
      expect(held.body.error.details).toEqual([
        expect.objectContaining({ field: 'days', issue: 'day_held', day: '2026-08-28' }),
      ]);
      const listed = await get('reception.c1', `/reception/duty/schedules?from=2026-07-28&to=2026-09-15`).expect(200);
      expect(
        listed.body
          .filter((d: { plannedOn: string }) => ['2026-07-28', '2026-08-28', '2026-09-15'].includes(d.plannedOn))
          .map((d: { status: string }) => d.status),
      ).toEqual(['planned', 'planned', 'planned']);
    });

    it('refuses a day not in the schedule or no reason (400), another authority (404), other roles (403)', async () => {
      const notPlanned = await cancel('reception.c1', ['2026-09-16']).expect(400);
      expect(notPlanned.body.error.details).toEqual([expect.objectContaining({ issue: 'not_planned' })]);
      const blank = await cancel('reception.c1', ['2026-09-15'], '   ').expect(400);
      expect(blank.body.error.details).toEqual([expect.objectContaining({ field: 'reason' })]);
      expect(blank.body.error.details[0].message).toBe('Cần nêu lý do hủy lịch tiếp.');
      await cancel('reception.c2', ['2026-09-15']).expect(404);
      await cancel('chair.c1', ['2026-09-15'], 'x', ids.C2).expect(404);
      await cancel('inspector.p', ['2026-09-15']).expect(403);
    });
  });

  describe('online sessions and their notice (ND154/2026 Art. 23.1)', () => {
    const planOnline = (days: string[], form = 'online') =>
      post('reception.c1', '/reception/duty/schedules', {
        authorityId: ids.C1,
        leaderId: ids['chair.c1'],
        days,
        place: 'Điểm cầu trung tâm, trụ sở UBND xã',
        form,
      });
    const notice = (day: string, sentOn: string, who = 'reception.c1') =>
      post(who, '/reception/duty/schedules/notice', { authorityId: ids.C1, day, sentOn });
    const noticeOf = (body: { plannedOn: string; notice: unknown }[], day: string) =>
      body.find((d) => d.plannedOn === day)!.notice;

    it('is due five working days before the session, across Quốc khánh and weekends', async () => {
      // Tue 08/09: Mon 07, Fri 04, Thu 03 (01–02/09 Quốc khánh, 31/08 swapped off, two weekends), Fri 28, Thu 27/08.
      // Mon 14/09: Fri 11 … Mon 07/09.
      const res = await planOnline(['2026-09-08', '2026-09-14', '2026-08-25']).expect(201);
      expect(res.body.map((d: { form: string }) => d.form)).toEqual(['online', 'online', 'online']);
      expect(noticeOf(res.body, '2026-09-08')).toMatchObject({ dueOn: '2026-08-27', sentOn: null, status: 'pending' });
      expect(noticeOf(res.body, '2026-09-14')).toMatchObject({
        dueOn: '2026-09-07',
        status: 'pending',
        workingDays: 5,
      });
      // Tue 25/08: Mon 24, Sat 22 (worked in exchange for 31/08), Fri 21, Thu 20, Wed 19; the session has
      // come and gone without a notice.
      expect(noticeOf(res.body, '2026-08-25')).toMatchObject({ dueOn: '2026-08-19', status: 'missing' });
    });

    it('records the notice: on time, or late', async () => {
      const onTime = await notice('2026-09-14', '2026-08-28').expect(200);
      expect(onTime.body.notice).toMatchObject({
        dueOn: '2026-09-07',
        sentOn: '2026-08-28',
        status: 'sent_on_time',
        recordedById: ids['reception.c1'],
      });
      const late = await notice('2026-09-08', '2026-08-28', 'chair.c1').expect(200);
      expect(late.body.notice).toMatchObject({ dueOn: '2026-08-27', sentOn: '2026-08-28', status: 'sent_late' });
      const listed = await get('inspector.p', `/reception/duty/schedules?from=2026-08-01&to=2026-09-30`).expect(200);
      expect(
        ['2026-08-25', '2026-09-08', '2026-09-14'].map((d) => (noticeOf(listed.body, d) as { status: string }).status),
      ).toEqual(['missing', 'sent_late', 'sent_on_time']);
      expect(noticeOf(listed.body, '2026-09-15')).toBeNull();
    });

    it('refuses a notice dated in the future or on the session day (400), for an in-person or cancelled day (422)', async () => {
      const future = await notice('2026-09-14', '2026-08-29').expect(400);
      expect(future.body.error.details).toEqual([expect.objectContaining({ field: 'sentOn', issue: 'in_future' })]);
      const after = await notice('2026-08-25', '2026-08-25').expect(400);
      expect(after.body.error.details).toEqual([expect.objectContaining({ issue: 'not_before_session' })]);
      const inPerson = await notice('2026-09-15', '2026-08-20').expect(422);
      expect(inPerson.body.error.details).toEqual([expect.objectContaining({ field: 'day', issue: 'not_online' })]);
      await post('reception.c1', '/reception/duty/schedules/cancel', {
        authorityId: ids.C1,
        days: ['2026-09-14'],
        reason: 'Hệ thống trực tuyến bảo trì',
      }).expect(200);
      const cancelled = await notice('2026-09-14', '2026-08-20').expect(422);
      expect(cancelled.body.error.details).toEqual([expect.objectContaining({ issue: 'cancelled' })]);
      await notice('2026-09-16', '2026-08-20').expect(400);
      await notice('2026-09-08', '2026-08-20', 'inspector.p').expect(403);
    });

    it('drops the notice when a session is replanned in person, or a cancelled one is planned again', async () => {
      const again = await planOnline(['2026-09-14']).expect(201);
      expect(again.body[0].notice).toMatchObject({ sentOn: null, status: 'pending' });
      const kept = await planOnline(['2026-09-08']).expect(201);
      expect(kept.body[0].notice).toMatchObject({ sentOn: '2026-08-28', status: 'sent_late' });
      const inPerson = await planOnline(['2026-09-08'], 'in_person').expect(201);
      expect(inPerson.body[0]).toMatchObject({ form: 'in_person', notice: null });
    });

    it('refuses an online session before 2026-07-01 (Luật TCD Art. 3a), as the register does', async () => {
      const res = await planOnline(['2026-06-30', '2026-07-01']).expect(422);
      expect(res.body.error.code).toBe('RULE_VIOLATION');
      expect(res.body.error.details).toEqual([
        expect.objectContaining({ field: 'form', issue: 'online_not_in_force', day: '2026-06-30' }),
      ]);
      await planOnline(['2026-07-01'], 'by_phone').expect(400);
    });
  });

  describe('figures for the audit (Biểu 01/TCD)', () => {
    const period = () =>
      `preset=custom&from=2026-06-29&to=2026-07-31&rootId=${ids.P}&scope=subtree&asOf=${encodeURIComponent(cut)}`;

    it('counts visits, people, vụ việc, crowds from the configured 10 people, and the heads in person vs delegated', async () => {
      const res = await get('inspector.p', `/audit/reports?${period()}`).expect(200);
      expect(res.body.reception.delegationMinPeople).toBe(10);
      const rows = res.body.reception.rows as { scope: { type: string; authority?: { id: string } }; cells: object }[];
      const c1 = rows.find((r) => r.scope.authority?.id === ids.C1)!;
      expect(c1.cells).toEqual({
        visits: 8,
        people: 25,
        cases: 7,
        casesOld: 1,
        casesNew: 6,
        regularVisits: 3,
        delegations: 1,
        delegationPeople: 12,
        leaderVisits: 5,
        leaderInPerson: 4,
        leaderDelegated: 1,
        onlineVisits: 0,
        contentComplaint: 5,
        contentDenunciation: 1,
        contentFeedback: 1,
        contentOther: 1,
      });
      expect(rows[0].scope.type).toBe('total');
      expect(rows[0].cells).toMatchObject({ visits: 9, people: 28, cases: 8, casesNew: 7, contentFeedback: 2 });
      expect(res.body.checks.failed).toEqual([]);
      // Without the cut-off, V10 (registered after it) counts too.
      const now = await get(
        'inspector.p',
        `/audit/reports?preset=custom&from=2026-06-29&to=2026-07-31&rootId=${ids.P}&scope=subtree`,
      ).expect(200);
      expect(now.body.reception.rows[0].cells.visits).toBe(10);
    });

    it('fills Biểu 01/TCD from the register, keeping "không có dữ liệu" where it has none', async () => {
      const res = await get('inspector.p', `/audit/forms/01-TCD?${period()}`).expect(200);
      const total = res.body.rows.find((r: { kind: string }) => r.kind === 'total');
      expect(total.values.slice(0, 14)).toEqual([9, 28, 8, 1, 7, 1, 12, 5, 4, 1, 5, 1, 2, 1]);
      expect(
        res.body.columns.filter((c: { available: boolean }) => !c.available).map((c: { no: number }) => c.no),
      ).toEqual([16]);
      const c1 = res.body.rows.find((r: { authorityId: string | null }) => r.authorityId === ids.C1);
      expect(c1.values.slice(0, 10)).toEqual([8, 25, 7, 1, 6, 1, 12, 5, 4, 1]);
    });

    it('opens each figure as its visits: the delegated head’s reception, the repeat visits about one case', async () => {
      const delegated = await get(
        'inspector.p',
        `/audit/reports/reception/cells?${period()}&metric=leaderDelegated&authorityId=${ids.C1}`,
      ).expect(200);
      expect(delegated.body).toMatchObject({ value: 1, metric: { key: 'leaderDelegated', measure: 'count' } });
      expect(delegated.body.items.map((v: { id: string }) => v.id)).toEqual([visits.V3]);
      const old = await get('inspector.p', `/audit/reports/reception/cells?${period()}&metric=casesOld`).expect(200);
      expect(old.body.value).toBe(1);
      expect(old.body.items.map((v: { id: string }) => v.id)).toEqual([visits.V7, visits.V8]);
      // Pages by ngày tiếp: every visit of the period, two at a time, none twice.
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: request.Response = await get(
          'inspector.p',
          `/audit/reports/reception/cells?${period()}&metric=visits&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        ).expect(200);
        seen.push(...page.body.items.map((v: { id: string }) => v.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(9);
      expect(JSON.stringify(old.body)).not.toContain('Công dân');
      await get('inspector.p', `/audit/reports/reception/cells?${period()}&metric=nope`).expect(400);
    });
  });
});
