import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import type { Actor } from '@kntc/domain';
import type { UserRole } from '@kntc/persistence';
import { createTestApp, type TestApp } from '@kntc/testing';
import { ClockService, FixedClock } from '@kntc/workflow';
import { createUser, insertAuthority } from '../../libs/access/src/testing/access-fixtures';
import { ReadFixtures } from '../../libs/workflow/src/reads/testing/read-fixtures';

/**
 * The read side over HTTP on a real database: details with the commands each role may send now,
 * deadlines with their proofs, timeline and custody; lists with filters and keyset pages; the
 * inbox and the follow-up of forwarded đơn; duplicate candidates. Every row is produced by the
 * write path. Every response is kept, and the last test checks that none carries an identity.
 *
 * Authorities: province P with communes A, B, C and D; another province Q.
 * Friday 28/8/2026 (10:00 in Vietnam), at A:
 *  - P1: complaint, classified, petitioner "Trần Thị Bí Mật"; 10 working days from 28/8 skip the
 *    National Day break (29/8–2/9) → due Wednesday 16/9.
 *  - P3: same petitioner, other subject; P4: similar summary, same subject; P5: same summary,
 *    other subject, received 20/8.
 *  - P6: complaint accepted → a complaint case at A (7 working days → due Friday 11/9).
 *  - F1 → B (received 1/9, accepted 3/9 → a feedback case at B); F2 → C (sent back 1/9);
 *    F3 → B (never received).
 * At D: 25 đơn received at the same instant (pagination tie-breaker).
 */
describe('read side: details, lists, inbox, follow-up, duplicates (e2e)', () => {
  const FRIDAY = new Date('2026-08-28T03:00:00Z'); // 10:00 in Vietnam
  const clock = new FixedClock(FRIDAY);
  const SECRET = { fullName: 'Trần Thị Bí Mật', idNumber: '079301234567', address: 'Số 9 ngõ Kín, phường Ẩn Danh' };

  let t: TestApp;
  let ds: DataSource;
  let f: ReadFixtures;
  const ids: Record<string, string> = {};
  const caseCode: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const actors: Record<string, Actor> = {};
  const responses: { path: string; text: string }[] = [];

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: ClockService, useValue: clock }] });
    ds = t.app.get(DataSource);
    f = new ReadFixtures(t.app);
    const users = t.app.get(UsersService);
    const jwt = t.app.get(JwtService);
    ids.P = await insertAuthority(ds, { code: 'RD-P', level: 'province' });
    for (const c of ['A', 'B', 'C', 'D']) {
      ids[c] = await insertAuthority(ds, { code: `RD-${c}`, level: 'commune', parentId: ids.P });
    }
    ids.Q = await insertAuthority(ds, { code: 'RD-Q', level: 'province' });
    const people: [string, UserRole, string][] = [
      ['rec.a', 'reception_officer', 'A'],
      ['lead.a', 'leader', 'A'],
      ['hand.a', 'handler', 'A'],
      ['rec.b', 'reception_officer', 'B'],
      ['lead.b', 'leader', 'B'],
      ['rec.c', 'reception_officer', 'C'],
      ['rec.d', 'reception_officer', 'D'],
      ['insp.p', 'inspector', 'P'],
      ['insp.q', 'inspector', 'Q'],
      ['admin.p', 'admin', 'P'],
    ];
    for (const [username, role, authority] of people) {
      const user = await createUser(users, username, role, ids[authority]);
      tokens[username] = jwt.sign({ sub: user.id, role, aid: ids[authority], tv: 0 });
      actors[username] = await f.actor(user.id, role, ids[authority]);
    }
    await seed();
  });
  afterAll(() => t.close());

  const at = (iso: string) => new Date(iso);
  const complaintWithin = {
    contentKind: 'complaint',
    eligible: true,
    withinCompetence: true,
    signatories: 1,
    originalsAttached: false,
  };
  const feedback = (withinCompetence: boolean) => ({
    contentKind: 'feedback',
    eligible: true,
    withinCompetence,
    signatories: 1,
    originalsAttached: false,
  });

  async function seed() {
    const recA = actors['rec.a'];
    const petition = (code: string, summary: string, subjectArea: string, receivedAt = FRIDAY) =>
      f.openPetition(recA, { code, receivedAt, summary, subjectArea });

    ids.P1 = await petition('RD-P1', 'Khiếu nại quyết định thu hồi đất của UBND xã A', 'dat_dai');
    await f.addPetitioner(ids.P1, SECRET);
    await f.send('petition', ids.P1, recA, { type: 'classify', ...complaintWithin });
    ids.P3 = await petition('RD-P3', 'Phản ánh việc cấp phép xây dựng nhà ở trái phép', 'nha_o');
    await f.addPetitioner(ids.P3, SECRET);
    ids.P4 = await petition('RD-P4', 'Khiếu nại về quyết định thu hồi đất nông nghiệp', 'dat_dai');
    ids.P5 = await petition(
      'RD-P5',
      'Khiếu nại quyết định thu hồi đất của UBND xã A',
      'moi_truong',
      at('2026-08-20T02:00:00Z'),
    );
    ids.P6 = await petition('RD-P6', 'Khiếu nại quyết định xử phạt hành chính', 'hanh_chinh');
    await f.addPetitioner(ids.P6, SECRET);
    await f.send('petition', ids.P6, recA, { type: 'classify', ...complaintWithin });
    ids.case6 = await f.accept(ids.P6, recA);

    const forwardTo = async (code: string, to: string, time: string) => {
      clock.set(time);
      const id = await petition(code, `Kiến nghị về đèn chiếu sáng đường làng ${code}`, 'hanh_chinh', at(time));
      await f.send('petition', id, recA, { type: 'classify', ...feedback(false) });
      await f.send('petition', id, recA, { type: 'forward', to: actors[`rec.${to}`].authority });
      return id;
    };
    ids.F1 = await forwardTo('RD-F1', 'b', '2026-08-28T03:00:00Z');
    ids.F2 = await forwardTo('RD-F2', 'c', '2026-08-28T04:00:00Z');
    ids.F3 = await forwardTo('RD-F3', 'b', '2026-08-28T05:00:00Z');

    clock.set(FRIDAY);
    for (let n = 0; n < 25; n++) {
      await f.openPetition(actors['rec.d'], {
        code: `RD-D${String(n).padStart(2, '0')}`,
        receivedAt: FRIDAY,
        summary: `Đơn số ${n} về trật tự đô thị`,
        subjectArea: n % 2 === 0 ? 'xay_dung' : 'khac',
      });
    }

    clock.set('2026-09-01T02:00:00Z');
    await f.send('petition', ids.F1, actors['rec.b'], { type: 'receive' });
    await f.send('petition', ids.F2, actors['rec.c'], {
      type: 'returnToSender',
      reason: 'Không thuộc thẩm quyền của xã C',
    });
    clock.set('2026-09-03T02:00:00Z');
    await f.send('petition', ids.F1, actors['rec.b'], { type: 'classify', ...feedback(true) });
    ids.caseF1 = await f.accept(ids.F1, actors['rec.b']);

    clock.set('2026-09-10T02:00:00Z'); // Thursday 10/9, 09:00 in Vietnam: "today" for the reads
    // Case references are numbered by whoever opens the case (the accept handler).
    for (const key of ['case6', 'caseF1']) {
      const [row] = await ds.query<{ code: string }[]>(`SELECT code FROM kntc_case WHERE id = $1`, [ids[key]]);
      caseCode[key] = row.code;
    }
  }

  async function get(who: string, path: string) {
    const res = await request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[who]}`);
    responses.push({ path, text: res.text });
    return res;
  }
  /** The body of a 200 answer (JSON, checked by the assertions). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function ok(who: string, path: string): Promise<any> {
    const res = await get(who, path);
    if (res.status !== 200) throw new Error(`GET ${path} as ${who} → ${res.status} ${res.text}`);
    return res.body;
  }
  const codes = (items: { code: string }[]) => items.map((i) => i.code).sort();

  describe('GET /petitions/:id', () => {
    it('shows state, version, holder, receipt, summary and the redacted parties', async () => {
      const body = await ok('rec.a', `/petitions/${ids.P1}`);
      expect(body).toMatchObject({
        id: ids.P1,
        code: 'RD-P1',
        contentKind: 'complaint',
        contentKindLabel: 'Khiếu nại',
        state: 'classified',
        stateTitle: 'Đã phân loại, chờ xử lý',
        version: 2,
        status: 'active',
        holder: { id: ids.A, code: 'RD-A', name: 'Cơ quan RD-A', level: 'commune' },
        receivingAuthority: { id: ids.A, code: 'RD-A' },
        receivedAt: '2026-08-28T03:00:00.000Z',
        receivedOn: '2026-08-28',
        channel: 'post',
        channelLabel: 'Qua dịch vụ bưu chính',
        summary: 'Khiếu nại quyết định thu hồi đất của UBND xã A',
        subjectArea: 'dat_dai',
        signatoryCount: 1,
        bounced: false,
        forwardedTo: null,
        case: null,
        asOf: '2026-09-10',
        nextDueOn: '2026-09-16',
        overdue: false,
      });
      expect(body.parties).toEqual([
        {
          partyId: expect.any(String),
          petitionId: ids.P1,
          role: 'signatory',
          kind: 'individual',
          anonymous: false,
          protected: false,
          label: 'Người khiếu nại',
        },
      ]);
    });

    it('offers each role the commands it may send now: reception officer and leader differ, an inspector gets none', async () => {
      const reception = (await ok('rec.a', `/petitions/${ids.P1}`)).commands;
      const leader = (await ok('lead.a', `/petitions/${ids.P1}`)).commands;
      const inspector = (await ok('insp.p', `/petitions/${ids.P1}`)).commands;

      expect(reception.find((c: { type: string }) => c.type === 'accept')).toEqual({
        type: 'accept',
        command: 'petition.accept',
        label: 'Đề xuất thụ lý đơn',
        available: true,
        reasons: [],
      });
      expect(reception.map((c: { type: string }) => c.type)).toContain('classify');
      expect(leader.map((c: { type: string }) => c.type).sort()).toEqual(['dismiss', 'forward', 'urge']);
      const forward = leader.find((c: { type: string }) => c.type === 'forward');
      expect(forward.available).toBe(false);
      expect(forward.reasons[0]).toMatch(/không thuộc thẩm quyền/);
      expect(inspector).toEqual([]);
    });

    it('gives every deadline with its proof; the processing period is right as counted by hand', async () => {
      const { deadlines } = await ok('rec.a', `/petitions/${ids.P1}`);
      expect(deadlines.map((d: { clock: string }) => d.clock).sort()).toEqual(['processing', 'processingCeiling']);
      const processing = deadlines.find((d: { clock: string }) => d.clock === 'processing');
      // Received Friday 28/8. Not counted: Sat 29, Sun 30, Mon 31/8 (swapped day off), Tue 1/9 and
      // Wed 2/9 (National Day). Working days: 3, 4, 7, 8, 9, 10, 11, 14, 15, 16/9 → the 10th is 16/9.
      expect(processing).toMatchObject({
        rule: 'petition.processing',
        ruleSetId: 'VN-2026-07',
        status: 'running',
        statusLabel: 'Đang tính thời hạn',
        dueDate: '2026-09-16',
        dueAt: '2026-09-16T16:59:59.999Z',
        estimated: false,
      });
      const proof = processing.derivation;
      expect(proof).toMatchObject({
        unit: 'working_days',
        days: 10,
        totalDays: 10,
        start: { event: 'intake', date: '2026-08-28', firstCountedDay: '2026-09-03' },
        pauses: [],
        extensions: [],
        dueDate: '2026-09-16',
        asOf: '2026-09-10',
      });
      expect(proof.rule).toMatchObject({
        key: 'petition.processing',
        title: 'Xử lý đơn (thời hạn nội bộ)',
        policy: true,
      });
      expect(proof.rule.source[0]).toEqual({
        instrument: 'Luật Tiếp công dân 42/2013/QH13',
        article: 'Điều 28 khoản 1',
      });
      expect(proof.skipped.filter((d: { date: string }) => d.date <= '2026-09-02')).toEqual([
        expect.objectContaining({ date: '2026-08-29', kind: 'weekend' }),
        expect.objectContaining({ date: '2026-08-30', kind: 'weekend' }),
        expect.objectContaining({ date: '2026-08-31', kind: 'swapped_off' }),
        expect.objectContaining({ date: '2026-09-01', name: 'Quốc khánh (ngày liền kề 01/09)' }),
        expect.objectContaining({ date: '2026-09-02', name: 'Quốc khánh (02/09)' }),
      ]);
      expect(proof.explanation).toEqual(expect.any(String));
    });

    it('gives the timeline in order and the custody, also to an authority the đơn has left', async () => {
      const seen = await ok('rec.a', `/petitions/${ids.F1}`);
      expect(seen.timeline.map((e: { seq: number; type: string }) => [e.seq, e.type])).toEqual([
        [1, 'opened'],
        [2, 'classify'],
        [3, 'forward'],
        [4, 'receive'],
        [5, 'classify'],
        [6, 'accept'],
      ]);
      expect(seen.timeline[2]).toMatchObject({
        occurredAt: '2026-08-28T03:00:00.000Z',
        actorRole: 'reception_officer',
        actorRoleLabel: 'Cán bộ tiếp công dân, xử lý đơn',
        actorAuthority: { id: ids.A, name: 'Cơ quan RD-A' },
        stateBefore: 'classified',
        stateAfter: 'forwarded',
        stateAfterTitle: 'Đã chuyển đơn, chờ cơ quan nhận tiếp nhận',
        ruleSetId: 'VN-2026-07',
        machineId: 'petition',
        machineVersion: '1',
        payload: { to: expect.objectContaining({ id: ids.B }) },
      });
      expect(seen.timeline[3].actorAuthority).toMatchObject({ id: ids.B, name: 'Cơ quan RD-B' });
      expect(seen.custody).toEqual([
        {
          authority: expect.objectContaining({ id: ids.A, name: 'Cơ quan RD-A' }),
          from: '2026-08-28T03:00:00.000Z',
          until: '2026-09-01T02:00:00.000Z',
          reason: 'opened',
          reasonLabel: 'Tiếp nhận, mở hồ sơ',
          fromAuthority: null,
        },
        {
          authority: expect.objectContaining({ id: ids.B, name: 'Cơ quan RD-B' }),
          from: '2026-09-01T02:00:00.000Z',
          until: null,
          reason: 'receive',
          reasonLabel: 'Tiếp nhận đơn được chuyển đến',
          fromAuthority: expect.objectContaining({ id: ids.A }),
        },
      ]);
      expect(seen).toMatchObject({ state: 'accepted', status: 'done', holder: { id: ids.B } });
      expect(seen.case).toMatchObject({ id: ids.caseF1, code: caseCode.caseF1, kind: 'feedback', relation: 'origin' });
      expect(seen.commands.every((c: { available: boolean }) => !c.available)).toBe(true);
    });

    it('answers 404 out of scope exactly as for a đơn that does not exist; 400 for a malformed id', async () => {
      const outOfScope = await get('rec.c', `/petitions/${ids.P1}`);
      const missing = await get('rec.c', '/petitions/5b1f0000-0000-4000-8000-000000000000');
      expect([outOfScope.status, missing.status]).toEqual([404, 404]);
      expect(outOfScope.body.error.code).toBe('NOT_FOUND');
      const strip = (b: { error: { requestId: string; details: { message: string }[] } }) => ({
        ...b.error,
        requestId: undefined,
        details: b.error.details.map((d) => ({ ...d, message: undefined })),
      });
      expect(strip(outOfScope.body)).toEqual(strip(missing.body));
      expect((await get('insp.q', `/petitions/${ids.P1}`)).status).toBe(404);
      // Administrators do not read case records at all (the role table), whatever the scope.
      expect((await get('admin.p', `/petitions/${ids.P1}`)).status).toBe(403);
      expect((await get('admin.p', '/inbox')).status).toBe(403);
      expect((await get('rec.a', '/petitions/not-a-uuid')).status).toBe(400);
    });

    it('shows a đơn to the authority it was forwarded to while it waits there, and to one that sent it back', async () => {
      const waiting = await ok('rec.b', `/petitions/${ids.F3}`);
      expect(waiting).toMatchObject({
        state: 'forwarded',
        holder: { id: ids.A },
        forwardedTo: { id: ids.B, code: 'RD-B' },
      });
      expect(waiting.commands.find((c: { type: string }) => c.type === 'receive')).toMatchObject({ available: true });
      expect((await get('rec.c', `/petitions/${ids.F2}`)).status).toBe(200);
      expect((await get('rec.c', `/petitions/${ids.F3}`)).status).toBe(404);
    });
  });

  describe('GET /cases/:id', () => {
    it('shows a case with its deadline counted by hand, commands by role, grouped đơn and redacted parties', async () => {
      const body = await ok('lead.a', `/cases/${ids.case6}`);
      expect(body).toMatchObject({
        id: ids.case6,
        kind: 'complaint',
        kindLabel: 'Khiếu nại',
        round: 1,
        state: 'awaitingAcceptance',
        stateTitle: 'Chờ thụ lý',
        version: 1,
        holder: { id: ids.A },
        receivedOn: '2026-08-28',
        channel: 'post',
        signatoryCount: 1,
        originPetitionId: ids.P6,
        petitions: [expect.objectContaining({ id: ids.P6, code: 'RD-P6', relation: 'origin', state: 'accepted' })],
        parties: [expect.objectContaining({ petitionId: ids.P6, role: 'signatory', protected: false })],
        nextDueOn: '2026-09-11',
      });
      // Thụ lý within 7 working days of 28/8: 3, 4, 7, 8, 9, 10, 11/9.
      expect(body.deadlines.find((d: { clock: string }) => d.clock === 'acceptance')).toMatchObject({
        status: 'running',
        dueDate: '2026-09-11',
        derivation: { unit: 'working_days', days: 7, start: { date: '2026-08-28', firstCountedDay: '2026-09-03' } },
      });
      expect(body.timeline.map((e: { seq: number }) => e.seq)).toEqual([1]);
      expect(body.custody).toEqual([
        expect.objectContaining({ authority: expect.objectContaining({ id: ids.A }), until: null }),
      ]);
      const leader = body.commands.map((c: { type: string }) => c.type);
      expect(leader).toEqual(expect.arrayContaining(['accept', 'refuse']));
      expect(body.commands.find((c: { type: string }) => c.type === 'accept').available).toBe(true);
      const handler = (await ok('hand.a', `/cases/${ids.case6}`)).commands.map((c: { type: string }) => c.type);
      expect(handler).not.toContain('accept');
      expect(handler).toEqual(expect.arrayContaining(['startVerification']));
      expect((await ok('insp.p', `/cases/${ids.case6}`)).commands).toEqual([]);
    });

    it('lets an inspector of the province see a commune’s case, and nobody outside scope', async () => {
      expect((await ok('insp.p', `/cases/${ids.caseF1}`)).holder).toMatchObject({ id: ids.B });
      expect((await ok('rec.b', `/cases/${ids.caseF1}`)).kind).toBe('feedback');
      for (const who of ['rec.a', 'rec.c', 'insp.q']) {
        const res = await get(who, `/cases/${ids.caseF1}`);
        expect([who, res.status, res.body.error?.code]).toEqual([who, 404, 'NOT_FOUND']);
      }
    });
  });

  describe('GET /petitions and GET /cases', () => {
    it('pages through 25 đơn received at the same instant without duplicates or gaps', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query = `/petitions?limit=7${cursor ? `&cursor=${cursor}` : ''}`;
        const page: { items: { id: string }[]; nextCursor: string | null; limit: number } = await ok('rec.d', query);
        expect(page.limit).toBe(7);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(4);
      expect(seen).toHaveLength(25);
      expect(new Set(seen).size).toBe(25);
      // Same received_at everywhere: the order is the tie-breaker, id descending.
      expect(seen).toEqual([...seen].sort().reverse());
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM petition WHERE holder_authority_id = $1`, [ids.D]);
      expect(n).toBe(25);
    });

    it('keeps the filter across pages', async () => {
      const first = await ok('rec.d', '/petitions?limit=5&subjectArea=xay_dung');
      const second = await ok('rec.d', `/petitions?limit=5&subjectArea=xay_dung&cursor=${first.nextCursor}`);
      const third = await ok('rec.d', `/petitions?limit=5&subjectArea=xay_dung&cursor=${second.nextCursor}`);
      const all = [...first.items, ...second.items, ...third.items];
      expect(all).toHaveLength(13);
      expect(new Set(all.map((i: { id: string }) => i.id)).size).toBe(13);
      expect(third.nextCursor).toBeNull();
      expect(all.every((i: { subjectArea: string }) => i.subjectArea === 'xay_dung')).toBe(true);
    });

    it('lists what the authority holds, held or was sent, and filters it', async () => {
      const all = await ok('rec.a', '/petitions?limit=100');
      expect(codes(all.items)).toEqual(['RD-F1', 'RD-F2', 'RD-F3', 'RD-P1', 'RD-P3', 'RD-P4', 'RD-P5', 'RD-P6']);
      expect(codes((await ok('rec.b', '/petitions')).items)).toEqual(['RD-F1', 'RD-F3']);
      expect(codes((await ok('rec.c', '/petitions')).items)).toEqual(['RD-F2']);

      const filtered = async (query: string) => codes((await ok('rec.a', `/petitions?${query}`)).items);
      expect(await filtered('contentKind=complaint')).toEqual(['RD-P1', 'RD-P6']);
      expect(await filtered('state=accepted')).toEqual(['RD-F1', 'RD-P6']);
      expect(await filtered('subjectArea=nha_o')).toEqual(['RD-P3']);
      expect(await filtered('receivedTo=2026-08-27')).toEqual(['RD-P5']);
      expect(await filtered('receivedFrom=2026-08-28&receivedTo=2026-08-28&subjectArea=dat_dai')).toEqual([
        'RD-P1',
        'RD-P4',
      ]);
      expect(await filtered(`q=${encodeURIComponent('THU HỒI ĐẤT')}`)).toEqual(['RD-P1', 'RD-P4', 'RD-P5']);
      expect(await filtered('bounced=true')).toEqual(['RD-F2']);
      expect(await filtered(`holderAuthorityId=${ids.A}&state=forwarded`)).toEqual(['RD-F3']);
      expect(await filtered('dueFrom=2026-09-16&dueTo=2026-09-16&contentKind=complaint')).toEqual(['RD-P1']);
      expect(await filtered('dueTo=2026-09-09')).toEqual(['RD-P5']);
      // P5 (received 20/8) was due before today, 10/9.
      expect(await filtered('overdue=true')).toEqual(['RD-P5']);
    });

    it('judges "overdue" by the date in Vietnam, not in UTC', async () => {
      try {
        clock.set('2026-09-16T16:30:00Z'); // 23:30 on 16/9 in Vietnam: the last day of P1's period
        expect(codes((await ok('rec.a', '/petitions?overdue=true&contentKind=complaint')).items)).toEqual([]);
        expect((await ok('rec.a', `/petitions/${ids.P1}`)).overdue).toBe(false);
        clock.set('2026-09-16T17:30:00Z'); // still 16/9 in UTC, already 00:30 on 17/9 in Vietnam
        expect(codes((await ok('rec.a', '/petitions?overdue=true&contentKind=complaint')).items)).toEqual(['RD-P1']);
        const detail = await ok('rec.a', `/petitions/${ids.P1}`);
        expect(detail).toMatchObject({ asOf: '2026-09-17', overdue: true });
        expect(detail.deadlines.find((d: { clock: string }) => d.clock === 'processing').status).toBe('overdue');
        // P6 was accepted: no period runs for the đơn any more, so it is not overdue.
        expect(codes((await ok('rec.a', '/petitions?overdue=false&contentKind=complaint')).items)).toEqual(['RD-P6']);
      } finally {
        clock.set('2026-09-10T02:00:00Z');
      }
    });

    it('lists cases in scope: the inspector sees the subtree, officers their authority', async () => {
      const { case6, caseF1 } = caseCode;
      expect(codes((await ok('insp.p', '/cases')).items)).toEqual([case6, caseF1].sort());
      expect(codes((await ok('rec.b', '/cases')).items)).toEqual([caseF1]);
      expect(codes((await ok('lead.a', '/cases?kind=complaint&state=awaitingAcceptance')).items)).toEqual([case6]);
      expect(codes((await ok('insp.p', `/cases?holderAuthorityId=${ids.B}`)).items)).toEqual([caseF1]);
      expect(codes((await ok('insp.p', '/cases?dueTo=2026-09-11')).items)).toEqual([case6]);
      expect(codes((await ok('insp.p', `/cases?q=${encodeURIComponent('ĐÈN CHIẾU SÁNG')}`)).items)).toEqual([caseF1]);
      expect(codes((await ok('insp.p', '/cases?receivedFrom=2026-08-29')).items)).toEqual([]);
      expect((await ok('insp.q', '/cases')).items).toEqual([]);
      const item = (await ok('lead.a', '/cases')).items[0];
      expect(item).toMatchObject({ code: case6, holder: { id: ids.A }, receivedOn: '2026-08-28', overdue: false });
    });

    it('refuses unknown parameters, bad dates, reversed ranges, foreign cursors and out-of-scope authorities', async () => {
      const refused = async (who: string, path: string): Promise<unknown[]> => {
        const res = await get(who, path);
        const error = (res.body as { error?: { code: string; details: { field: string }[] } }).error;
        return [res.status, error?.code, (error?.details ?? []).map((d) => d.field)];
      };
      expect(await refused('rec.a', '/petitions?foo=1')).toEqual([400, 'VALIDATION_FAILED', ['foo']]);
      expect(await refused('rec.a', '/petitions?receivedFrom=2026-02-30')).toEqual([
        400,
        'VALIDATION_FAILED',
        ['receivedFrom'],
      ]);
      expect(await refused('rec.a', '/petitions?dueTo=16/09/2026')).toEqual([400, 'VALIDATION_FAILED', ['dueTo']]);
      expect(await refused('rec.a', '/petitions?overdue=yes')).toEqual([400, 'VALIDATION_FAILED', ['overdue']]);
      expect(await refused('rec.a', '/petitions?limit=0')).toEqual([400, 'VALIDATION_FAILED', ['limit']]);
      expect(await refused('rec.a', '/petitions?contentKind=other')).toEqual([
        400,
        'VALIDATION_FAILED',
        ['contentKind'],
      ]);
      expect(await refused('rec.a', '/petitions?receivedFrom=2026-09-02&receivedTo=2026-09-01')).toEqual([
        400,
        'VALIDATION_FAILED',
        ['receivedFrom'],
      ]);
      const caseCursor = (await ok('insp.p', '/cases?limit=1')).nextCursor;
      expect(await refused('rec.a', `/petitions?cursor=${caseCursor}`)).toEqual([400, 'VALIDATION_FAILED', ['cursor']]);
      expect(await refused('rec.a', '/petitions?cursor=garbage')).toEqual([400, 'VALIDATION_FAILED', ['cursor']]);
      expect(await refused('rec.a', `/cases?holderAuthorityId=${ids.B}`)).toEqual([404, 'NOT_FOUND', ['id']]);
      expect(await refused('rec.a', `/petitions?holderAuthorityId=${ids.Q}`)).toEqual([404, 'NOT_FOUND', ['id']]);
    });
  });

  describe('GET /inbox and GET /follow-up', () => {
    it('shows a forwarded đơn to the receiver, with when, by whom and the receipt deadline, and to no one else', async () => {
      const inboxB = await ok('rec.b', '/inbox');
      expect(inboxB.authority).toMatchObject({ id: ids.B });
      expect(inboxB.awaitingReceipt.items).toEqual([
        {
          petitionId: ids.F3,
          code: 'RD-F3',
          version: 3,
          contentKind: null,
          contentKindLabel: null,
          summary: 'Kiến nghị về đèn chiếu sáng đường làng RD-F3',
          subjectArea: 'hanh_chinh',
          forwardedAt: '2026-08-28T05:00:00.000Z',
          forwardedOn: '2026-08-28',
          forwardedBy: { id: ids.A, code: 'RD-A', name: 'Cơ quan RD-A', level: 'commune' },
          forwardedByRole: 'reception_officer',
          forwardedByRoleLabel: 'Cán bộ tiếp công dân, xử lý đơn',
          receiptDueOn: '2026-09-16',
          overdue: false,
        },
      ]);
      expect(inboxB.held.items.map((i: { code: string }) => i.code)).toEqual([caseCode.caseF1]);
      for (const who of ['rec.a', 'rec.c', 'rec.d', 'insp.p']) {
        expect([who, (await ok(who, '/inbox')).awaitingReceipt.items]).toEqual([who, []]);
      }
    });

    it('lists what the authority holds, due soonest first, with the overdue flag', async () => {
      const held = (await ok('rec.a', '/inbox?section=held')).held.items;
      expect(held.map((i: { code: string }) => i.code).slice(0, 2)).toEqual(['RD-P5', caseCode.case6]);
      expect(codes(held)).toEqual(['RD-F2', 'RD-P1', 'RD-P3', 'RD-P4', 'RD-P5', caseCode.case6].sort());
      const dueDates = held.map((i: { nextDueOn: string }) => i.nextDueOn);
      expect(dueDates).toEqual([...dueDates].sort());
      expect(held[0]).toMatchObject({ streamType: 'petition', overdue: true });
      expect(held[1]).toMatchObject({ streamType: 'case', kind: 'complaint', nextDueOn: '2026-09-11', overdue: false });
      const onlyHeld = await ok('rec.a', '/inbox?section=held&limit=4');
      expect(onlyHeld.awaitingReceipt).toBeNull();
      const rest = await ok('rec.a', `/inbox?section=held&limit=4&heldCursor=${onlyHeld.held.nextCursor}`);
      expect([...onlyHeld.held.items, ...rest.held.items].map((i: { id: string }) => i.id)).toEqual(
        held.map((i: { id: string }) => i.id),
      );
      expect(rest.held.nextCursor).toBeNull();
    });

    it('shows the sender what became of each forward at the receiver, with the case outcome', async () => {
      const page = await ok('rec.a', '/follow-up');
      expect(page.items.map((i: { code: string }) => i.code)).toEqual(['RD-F3', 'RD-F2', 'RD-F1']);
      const [f3, f2, f1] = page.items;
      expect(f3).toMatchObject({
        receiver: { id: ids.B },
        receiverStatus: 'awaiting_receipt',
        receiverStatusLabel: 'Cơ quan nhận chưa tiếp nhận đơn',
        receivedOn: null,
        currentState: 'forwarded',
        currentHolder: { id: ids.A },
        case: null,
      });
      expect(f2).toMatchObject({
        receiver: { id: ids.C, name: 'Cơ quan RD-C' },
        receiverStatus: 'returned',
        returned: { on: '2026-09-01', reason: 'Không thuộc thẩm quyền của xã C' },
        currentState: 'received',
        currentHolder: { id: ids.A },
      });
      expect(f1).toMatchObject({
        forwardedAt: '2026-08-28T03:00:00.000Z',
        forwardedOn: '2026-08-28',
        receiver: { id: ids.B },
        receiverStatus: 'disposed',
        receivedOn: '2026-09-01',
        disposition: { code: 'accept', label: 'Đề xuất thụ lý giải quyết', on: '2026-09-03' },
        currentState: 'accepted',
        currentHolder: { id: ids.B },
        case: { id: ids.caseF1, code: caseCode.caseF1, kind: 'feedback', status: 'active', outcome: null },
      });
      const first = await ok('rec.a', '/follow-up?limit=2');
      const next = await ok('rec.a', `/follow-up?limit=2&cursor=${first.nextCursor}`);
      expect([...first.items, ...next.items].map((i: { code: string }) => i.code)).toEqual(['RD-F3', 'RD-F2', 'RD-F1']);
      expect(next.nextCursor).toBeNull();
      expect((await ok('rec.b', '/follow-up')).items).toEqual([]);
    });
  });

  describe('GET /petitions/:id/duplicates', () => {
    it('finds open records of the same petitioner and with a similar summary, saying why', async () => {
      const body = await ok('rec.a', `/petitions/${ids.P1}/duplicates`);
      expect(body.searchedAuthority).toMatchObject({ id: ids.A });
      const byCode = Object.fromEntries(
        body.candidates.map((c: { code: string; reasons: { kind: string }[] }) => [
          c.code,
          c.reasons.map((r) => r.kind).sort(),
        ]),
      );
      expect(byCode).toEqual({
        'RD-P3': ['same_id_number', 'same_name_address'],
        'RD-P4': ['similar_summary'],
        // P6's đơn is closed (accepted); its open case is the candidate.
        [caseCode.case6]: ['same_id_number', 'same_name_address'],
      });
      const p4 = body.candidates.find((c: { code: string }) => c.code === 'RD-P4');
      expect(p4).toMatchObject({ streamType: 'petition', id: ids.P4, state: 'received', subjectArea: 'dat_dai' });
      expect(p4.reasons[0].similarity).toBeGreaterThanOrEqual(0.4);
      expect(body.candidates.find((c: { code: string }) => c.code === caseCode.case6)).toMatchObject({
        streamType: 'case',
        id: ids.case6,
      });
    });

    it('gives an inspector the similar summaries only: petitioner matches need a right to reveal', async () => {
      const body = await ok('insp.p', `/petitions/${ids.P1}/duplicates`);
      expect(body.searchedAuthority).toMatchObject({ id: ids.A });
      expect(codes(body.candidates)).toEqual(['RD-P4']);
      expect((await get('rec.b', `/petitions/${ids.P1}/duplicates`)).status).toBe(404);
    });
  });

  it('never puts a party’s name, ID number or address in any response', () => {
    expect(responses.length).toBeGreaterThan(40);
    const leaks = responses.filter((r) =>
      [SECRET.fullName, SECRET.idNumber, SECRET.address, 'Bí Mật'].some((s) => r.text.includes(s)),
    );
    expect(leaks.map((l) => l.path)).toEqual([]);
    expect(t.logs.text).not.toContain(SECRET.idNumber);
  });
});
