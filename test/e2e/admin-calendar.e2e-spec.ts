import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import type { UserRole } from '@kntc/persistence';
import { createTestApp, type TestApp } from '@kntc/testing';
import { ClockService, FixedClock } from '@kntc/workflow';
import { createUser, insertAuthority } from '../../libs/access/src/testing/access-fixtures';

/**
 * The working calendar over HTTP: an administrator announces an extra day off inside a running
 * period; the deadline moves by one working day at once for every reader, and the recompute
 * reports the moved clock and stores the new earliest due date (next_due_on) that the deadline
 * sweeper and the overdue lists read. Deleting the announcement moves it back.
 *
 * Monday 16/11/2026: a đơn received at commune C. Xử lý đơn, 10 working days from 16/11:
 * 17, 18, 19, 20, 23, 24, 25, 26, 27 and Monday 30/11. With Thursday 19/11 off: Tuesday 1/12.
 */
describe('working calendar administration (e2e)', () => {
  const clock = new FixedClock(new Date('2026-11-16T02:00:00Z')); // 09:00 in Vietnam
  let t: TestApp;
  let ds: DataSource;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  let petitionId: string;

  const EXTRA_DAY_OFF = {
    year: 2026,
    occasion: 'other',
    name: 'Nghỉ đột xuất kiểm thử',
    holidays: ['2026-11-19'],
    source: 'Quyết định giả định số 1/QĐ-KT cho kiểm thử',
    confidence: 'verified',
  };

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: ClockService, useValue: clock }] });
    ds = t.app.get(DataSource);
    ids.P = await insertAuthority(ds, { code: 'CA-P', level: 'province', validFrom: '2025-07-01' });
    ids.C = await insertAuthority(ds, { code: 'CA-C', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    const people: [string, UserRole, string][] = [
      ['admin.p', 'admin', 'P'],
      ['reception.c', 'reception_officer', 'C'],
      ['leader.c', 'leader', 'C'],
      ['inspector.p', 'inspector', 'P'],
    ];
    const users = t.app.get(UsersService);
    const jwt = t.app.get(JwtService);
    for (const [username, role, authority] of people) {
      const user = await createUser(users, username, role, ids[authority]);
      tokens[username] = jwt.sign({ sub: user.id, role, aid: ids[authority], tv: 0 });
    }
    const received = await send('reception.c', 'post', '/petitions', {
      receivedAt: '2026-11-16T08:30:00+07:00',
      channel: 'post',
      summary: 'Phản ánh việc chậm cấp giấy phép xây dựng',
      subjectArea: 'xay_dung',
      petitioners: [{ role: 'signatory', kind: 'individual', identity: { fullName: 'Phạm Thị Hoa', address: 'xã C' } }],
    });
    if (received.status !== 201) throw new Error(received.text);
    petitionId = received.body.id;
  });
  afterAll(() => t.close());

  function send(who: string | null, method: 'get' | 'put' | 'post' | 'delete', path: string, body?: object) {
    let r = request(t.app.getHttpServer())[method](path);
    if (who) r = r.set('Authorization', `Bearer ${tokens[who]}`);
    return body ? r.send(body) : r;
  }
  const storedNextDue = async () =>
    (
      await ds.query<{ d: string | null }[]>(
        `SELECT to_char(next_due_on, 'YYYY-MM-DD') AS d FROM petition WHERE id = $1`,
        [petitionId],
      )
    )[0].d;
  /** Due dates as the đơn's detail computes them, by clock. */
  const shownDue = async (): Promise<Record<string, string>> =>
    Object.fromEntries(
      (await send('reception.c', 'get', `/petitions/${petitionId}`)).body.deadlines.map(
        (d: { clock: string; dueDate: string }) => [d.clock, d.dueDate],
      ),
    );
  let ceiling: string;

  it('starts with the đơn due on Monday 30/11/2026', async () => {
    expect(await storedNextDue()).toBe('2026-11-30');
    const due = await shownDue();
    expect(due.processing).toBe('2026-11-30');
    // The outer limit of xử lý đơn counts calendar days: a weekday off inside it does not move it.
    ceiling = due.processingCeiling;
  });

  it('refuses every role but the administrator, on every endpoint', async () => {
    const calls: [string, 'get' | 'put' | 'post' | 'delete', string, object?][] = [
      ['list', 'get', '/calendar/announcements?year=2026'],
      ['put', 'put', '/calendar/announcements', EXTRA_DAY_OFF],
      ['delete', 'delete', '/calendar/announcements/2026/national_day'],
      ['days', 'get', '/calendar/days?from=2026-11-16&to=2026-11-22'],
      ['recompute', 'post', '/calendar/recompute', { dryRun: true }],
    ];
    for (const [name, method, path, body] of calls) {
      for (const who of ['leader.c', 'inspector.p']) {
        const res = await send(who, method, path, body);
        expect([name, who, res.status]).toEqual([name, who, 403]);
      }
      expect([name, (await send(null, method, path, body)).status]).toEqual([name, 401]);
    }
  });

  it('stores an extra day off, and every reader counts with it at once', async () => {
    const res = await send('admin.p', 'put', '/calendar/announcements', EXTRA_DAY_OFF);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ replaced: false, item: { origin: 'administrator', inEffect: true } });
    expect(res.body.item.announcement).toEqual(EXTRA_DAY_OFF);
    const again = await send('admin.p', 'put', '/calendar/announcements', { ...EXTRA_DAY_OFF, note: 'Bản sửa' });
    expect(again.body.replaced).toBe(true);
    // The read side computes due dates from the calendar: the cache was emptied by the change.
    expect(await shownDue()).toEqual({ processing: '2026-12-01', processingCeiling: ceiling });
    // The stored column waits for the recompute.
    expect(await storedNextDue()).toBe('2026-11-30');
  });

  it('lists the announcements of a year, built in and stored', async () => {
    const res = await send('admin.p', 'get', '/calendar/announcements?year=2026');
    expect(res.status).toBe(200);
    const items = res.body.items as {
      origin: string;
      inEffect: boolean;
      announcement: { occasion: string; note?: string };
    }[];
    expect(items.find((i) => i.announcement.occasion === 'other')).toMatchObject({
      origin: 'administrator',
      announcement: { note: 'Bản sửa' },
    });
    expect(items.filter((i) => i.origin === 'built_in').map((i) => i.announcement.occasion)).toEqual(
      expect.arrayContaining(['new_year', 'lunar_new_year', 'national_day']),
    );
  });

  it('shows each day with why it is off', async () => {
    const res = await send('admin.p', 'get', '/calendar/days?from=2026-11-16&to=2026-11-22');
    expect(res.status).toBe(200);
    expect(res.body.items.map((d: { date: string; working: boolean }) => [d.date, d.working])).toEqual([
      ['2026-11-16', true],
      ['2026-11-17', true],
      ['2026-11-18', true],
      ['2026-11-19', false],
      ['2026-11-20', true],
      ['2026-11-21', false],
      ['2026-11-22', false],
    ]);
    expect(res.body.items[3].dayOff).toMatchObject({
      kind: 'public_holiday',
      occasion: 'other',
      estimated: false,
      source: EXTRA_DAY_OFF.source,
    });
    expect(res.body.items[3].dayOff.name).toContain('Nghỉ đột xuất kiểm thử');
    expect(res.body.items[5].dayOff).toMatchObject({ kind: 'weekend' });
    const tooLong = await send('admin.p', 'get', '/calendar/days?from=2026-01-01&to=2027-12-31');
    expect([tooLong.status, tooLong.body.error.details[0].issue]).toEqual([400, 'too_long']);
  });

  it('previews the recompute: the clock moves one working day, nothing is stored', async () => {
    const res = await send('admin.p', 'post', '/calendar/recompute', { dryRun: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, asOf: '2026-11-16', baselineKnown: true, updated: 0 });
    const mine = res.body.changed.find((c: { id: string }) => c.id === petitionId);
    expect(mine).toMatchObject({
      streamType: 'petition',
      holder: { id: ids.C },
      clocks: [{ clock: 'processing', rule: 'petition.processing', before: '2026-11-30', after: '2026-12-01' }],
      nextDueOn: { before: '2026-11-30', after: '2026-12-01' },
      updated: false,
    });
    expect(await storedNextDue()).toBe('2026-11-30');
  });

  it('stores the new earliest due date, once', async () => {
    const res = await send('admin.p', 'post', '/calendar/recompute', { dryRun: false });
    expect(res.status).toBe(200);
    const mine = res.body.changed.find((c: { id: string }) => c.id === petitionId);
    expect(mine).toMatchObject({ nextDueOn: { before: '2026-11-30', after: '2026-12-01' }, updated: true });
    expect(await storedNextDue()).toBe('2026-12-01');
    const again = await send('admin.p', 'post', '/calendar/recompute', { dryRun: false });
    expect(again.body.changed.find((c: { id: string }) => c.id === petitionId)).toBeUndefined();
    expect(again.body.updated).toBe(0);
  });

  it('refuses calendar facts that do not hold, field by field', async () => {
    const res = await send('admin.p', 'put', '/calendar/announcements', {
      ...EXTRA_DAY_OFF,
      name: undefined,
      swaps: [{ off: '2026-11-20', worked: '2026-11-18' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string; issue: string }) => [d.field, d.issue])).toEqual([
      ['name', 'required'],
      ['swaps[0].worked', 'invalid'],
    ]);
    const typo = await send('admin.p', 'put', '/calendar/announcements', {
      ...EXTRA_DAY_OFF,
      holidays: ['2026-11-31'],
    });
    expect([typo.status, typo.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('deletes the announcement, and the recompute moves the due date back', async () => {
    const path = `/calendar/announcements/2026/other?name=${encodeURIComponent(EXTRA_DAY_OFF.name)}`;
    expect((await send('admin.p', 'delete', path)).status).toBe(204);
    const gone = await send('admin.p', 'delete', path);
    expect([gone.status, gone.body.error.code]).toEqual([404, 'NOT_FOUND']);
    expect(await shownDue()).toEqual({ processing: '2026-11-30', processingCeiling: ceiling });
    const res = await send('admin.p', 'post', '/calendar/recompute', { dryRun: false });
    expect(res.body.changed.find((c: { id: string }) => c.id === petitionId)).toMatchObject({
      clocks: [{ clock: 'processing', before: '2026-12-01', after: '2026-11-30' }],
      updated: true,
    });
    expect(await storedNextDue()).toBe('2026-11-30');
  });
});
