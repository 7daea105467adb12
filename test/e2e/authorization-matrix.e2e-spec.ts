import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  AUTHORIZE_COMMAND,
  COMMAND_PERMISSIONS,
  IS_PUBLIC,
  SCOPE_REACH,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
  UsersService,
  mayRun,
  type Command,
} from '@kntc/access';
import type { UserRole } from '@kntc/persistence';
import { createTestApp, type TestApp } from '@kntc/testing';
import { ClockService, FixedClock } from '@kntc/workflow';
import { createUser, insertAuthority, passwordFor } from '../../libs/access/src/testing/access-fixtures';

/**
 * Every endpoint × every role × every scope, against the access rules as written:
 *
 *  - public endpoints answer without a token (and ignore a bad one);
 *  - every other endpoint answers 401 without a token, with a malformed, forged or expired one,
 *    with the token of a disabled user and with one issued before a password change;
 *  - a role the command table (COMMAND_PERMISSIONS) refuses for the endpoint's @Authorize command
 *    gets 403, whatever the record;
 *  - a permitted role gets 404 for a record outside its reach (another authority), exactly as for
 *    a missing one;
 *  - otherwise the endpoint's own answer; never a 5xx.
 *
 * Commands are sent with a stale expectedVersion: once role and scope pass, the version check is
 * the first thing the write path does, so the expected answer is 409 and nothing is changed.
 *
 * Authorities: province P with communes A and B. Every role has a user at A (own authority),
 * at B (another authority) and at P (the authority whose subtree holds A: inspectors and
 * administrators there reach A; other roles there are a superior of A's holder).
 * The records: a tố cáo with a protected denouncer at A, accepted, and its case at A.
 */

/**
 * What the request touches: nothing scoped; the đơn, its case, a reception visit or its party at A (reached by the
 * data scope for reads, by the holder for commands); or something administrators manage within
 * their subtree (a user or an authority at A, or a new authority under P).
 */
type Target = 'none' | 'petition' | 'case' | 'visit' | 'party' | 'visitor' | 'managedAtA' | 'managedAtP';

interface Row {
  target: Target;
  /** The answer when the role and the scope let the request through. */
  ok: number;
  /** Why `ok` is not the obvious one. */
  why?: string;
  /** A superior of the holder may act on the record (the law gives superiors this step). */
  superior?: true;
  public?: true;
  /** No @Authorize: open to every signed-in user. Why that is right. */
  anySignedIn?: string;
  /** Roles the command table allows but the endpoint still refuses (403), with the reason. */
  narrower?: Partial<Record<UserRole, string>>;
  /** Path parameters, when not the record of `target`; and a query string. */
  params?: () => Record<string, string>;
  query?: string | (() => string);
  /** Request body; otherwise built from the OpenAPI schema (required fields, stale version). */
  body?: () => object | Promise<object>;
  /** A request that is not JSON (multipart). */
  send?: (req: request.Test) => request.Test;
}

const STALE = 999_999;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Title (Biên bản) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const petitionCommand: Row = { target: 'petition', ok: 409 };
const caseCommand: Row = { target: 'case', ok: 409 };
const visitCommand: Row = { target: 'visit', ok: 409 };
const superiorCaseCommand: Row = {
  target: 'case',
  ok: 409,
  superior: true,
  why: 'Luật KN Art. 33, Luật TC Arts. 37–38, NĐ 31/2019 Art. 5: the superior of the holder acts on the case',
};
const read = (target: Target): Row => ({ target, ok: 200 });
/** The audit of authority A for 2026: its leader, and inspectors over it, may see it. */
const auditOfA = {
  ...read('managedAtA'),
  query: () => `?preset=year&year=2026&rootId=${ids.A}&scope=authority`,
};
const ownAccount = 'about the caller’s own account';
const calendarWhy = 'an empty body: the calendar is shared by every test here and is not changed';

/**
 * One row per operation of the OpenAPI document. A new endpoint without a row fails the first
 * test: decide here what its answers must be.
 */
const ENDPOINTS: Record<string, Row> = {
  'GET /health': { target: 'none', ok: 200, public: true },
  'GET /health/ready': { target: 'none', ok: 200, public: true },
  'POST /auth/login': { target: 'none', ok: 200, public: true, body: () => credentials('login.a') },
  'POST /auth/refresh': {
    target: 'none',
    ok: 200,
    public: true,
    body: async () => ({ refreshToken: (await signIn('login.a')).refreshToken }),
  },
  'POST /auth/logout': {
    target: 'none',
    ok: 204,
    why: 'logging out a token that is not one of yours is a no-op (idempotent)',
    anySignedIn: ownAccount,
    body: () => ({ refreshToken: 'A'.repeat(43) }),
  },
  'GET /auth/me': { ...read('none'), anySignedIn: ownAccount },
  'POST /auth/password': {
    target: 'none',
    ok: 400,
    why: 'an empty body: a real change would end the session this matrix uses (the change is tested with the revoked token)',
    anySignedIn: ownAccount,
    body: () => ({}),
  },
  'POST /users': {
    target: 'managedAtA',
    ok: 201,
    body: () => ({
      username: `made.${++made}`,
      displayName: 'Cán bộ mới',
      role: 'handler',
      authorityId: ids.A,
      password: 'Mật khẩu ban đầu 2026!',
    }),
  },
  'GET /users': read('none'),
  'GET /users/{id}': { ...read('managedAtA'), params: () => ({ id: ids['target.a'] }) },
  'POST /users/{id}/disable': { target: 'managedAtA', ok: 200, params: () => ({ id: ids['target.a'] }) },
  'POST /users/{id}/enable': { target: 'managedAtA', ok: 200, params: () => ({ id: ids['target.a'] }) },
  'POST /users/{id}/password': {
    target: 'managedAtA',
    ok: 204,
    params: () => ({ id: ids['target.a'] }),
    body: () => ({ newPassword: 'Mật khẩu cấp lại 2026!' }),
  },
  'GET /authorities': {
    ...read('none'),
    anySignedIn: 'names and places of public bodies are public facts every officer routes đơn by',
  },
  'GET /authorities/{id}': {
    ...read('none'),
    params: () => ({ id: ids.A }),
    anySignedIn: 'names and places of public bodies are public facts every officer routes đơn by',
  },
  'POST /authorities': {
    target: 'managedAtP',
    ok: 201,
    body: () => ({
      code: `AM-NEW-${++made}`,
      name: 'UBND xã mới',
      level: 'commune',
      parentId: ids.P,
      validFrom: '2025-07-01',
    }),
  },
  'PATCH /authorities/{id}': {
    target: 'managedAtA',
    ok: 200,
    params: () => ({ id: ids.A }),
    body: () => ({ name: 'Cơ quan AM-A' }),
  },
  'POST /reorganisations': { target: 'none', ok: 400, why: 'an empty body: the tree is not reorganised here' },
  'GET /calendar/announcements': read('none'),
  'PUT /calendar/announcements': { target: 'none', ok: 400, why: calendarWhy, body: () => ({}) },
  'DELETE /calendar/announcements/{year}/{occasion}': {
    target: 'none',
    ok: 404,
    why: 'nothing is stored for that year and occasion (documented 404)',
    params: () => ({ year: '2031', occasion: 'new_year' }),
  },
  'GET /calendar/days': { ...read('none'), query: '?from=2026-08-28&to=2026-09-03' },
  'POST /calendar/recompute': { target: 'none', ok: 200, body: () => ({ dryRun: true }) },
  'POST /petitions': { target: 'none', ok: 201, body: () => newPetition() },
  'GET /petitions': read('none'),
  'GET /petitions/{id}': read('petition'),
  'GET /petitions/{id}/duplicates': read('petition'),
  'POST /petitions/{id}/classify': petitionCommand,
  'POST /petitions/{id}/accept': petitionCommand,
  'POST /petitions/{id}/guide': petitionCommand,
  'POST /petitions/{id}/forward': petitionCommand,
  'POST /petitions/{id}/receive': petitionCommand,
  'POST /petitions/{id}/return': petitionCommand,
  'POST /petitions/{id}/urge': petitionCommand,
  'POST /petitions/{id}/request-split': petitionCommand,
  'POST /petitions/{id}/file': petitionCommand,
  'POST /petitions/{id}/dismiss': petitionCommand,
  'POST /petitions/{id}/extend-initial-check': petitionCommand,
  'POST /petitions/{id}/attach': {
    target: 'petition',
    ok: 400,
    why: 'only a đơn classified as ineligible may be grouped into a case (checked before the version)',
  },
  'POST /cases/{id}/handler': {
    target: 'case',
    ok: 400,
    why: 'the person assigned is checked (an active handler of the authority) before the version',
  },
  'POST /petitions/{id}/parties/{partyId}/reveal': {
    target: 'party',
    ok: 200,
    body: () => ({ reason: 'Kiểm tra ma trận phân quyền' }),
  },
  'GET /cases': read('none'),
  'GET /cases/{id}': read('case'),
  'POST /cases/{id}/accept': caseCommand,
  'POST /cases/{id}/refuse': caseCommand,
  'POST /cases/{id}/decide-now': caseCommand,
  'POST /cases/{id}/verification': caseCommand,
  'POST /cases/{id}/verification/complete': caseCommand,
  'POST /cases/{id}/dialogue': caseCommand,
  'POST /cases/{id}/decision': caseCommand,
  'POST /cases/{id}/send': caseCommand,
  'POST /cases/{id}/publish': caseCommand,
  'POST /cases/{id}/second-round': superiorCaseCommand,
  'POST /cases/{id}/lawsuit': caseCommand,
  'POST /cases/{id}/enforcement': caseCommand,
  'POST /cases/{id}/suspend': caseCommand,
  'POST /cases/{id}/resume': caseCommand,
  'POST /cases/{id}/terminate': caseCommand,
  'POST /cases/{id}/withdraw': caseCommand,
  'POST /cases/{id}/complexity': caseCommand,
  'POST /cases/{id}/extend': caseCommand,
  'POST /cases/{id}/conclusion': caseCommand,
  'POST /cases/{id}/conclusion/send': caseCommand,
  'POST /cases/{id}/handling': caseCommand,
  'POST /cases/{id}/close': caseCommand,
  'POST /cases/{id}/further-denunciation': superiorCaseCommand,
  'POST /cases/{id}/further-review/uphold': caseCommand,
  'POST /cases/{id}/further-review/re-resolve': caseCommand,
  'POST /cases/{id}/further-review/redirect': caseCommand,
  'POST /cases/{id}/report-demand': superiorCaseCommand,
  'POST /cases/{id}/report': caseCommand,
  'POST /cases/{id}/take-over': superiorCaseCommand,
  'POST /cases/{id}/transfer-to-investigation': caseCommand,
  'POST /cases/{id}/forward': caseCommand,
  'POST /cases/{id}/assign': caseCommand,
  'POST /cases/{id}/reply': caseCommand,
  'POST /petitions/{id}/attachments': {
    target: 'petition',
    ok: 201,
    send: (req) => req.field('containsIdentity', 'false').attach('file', PDF, 'bien-ban.pdf'),
  },
  'GET /petitions/{id}/attachments': read('petition'),
  'GET /petitions/{id}/attachments/{attachmentId}': read('petition'),
  'GET /audit/reports': auditOfA,
  'GET /audit/reports/cells': { ...auditOfA, query: () => `${auditOfA.query()}&subject=petitions&metric=received` },
  'GET /audit/reports/cells.csv': { ...auditOfA, query: () => `${auditOfA.query()}&subject=petitions&metric=received` },
  'GET /audit/overdue': auditOfA,
  'GET /audit/overdue.csv': auditOfA,
  'GET /audit/league': auditOfA,
  'GET /audit/league.csv': { ...auditOfA, query: () => `${auditOfA.query()}&subject=denunciation&sort=received` },
  'GET /audit/forms/{code}': { ...auditOfA, params: () => ({ code: '02-XLD' }) },
  'GET /audit/forms/{code}/xlsx': { ...auditOfA, params: () => ({ code: '03-GQKN' }) },
  'GET /audit/declarations': { ...read('managedAtA'), query: () => `?authorityId=${ids.A}` },
  'POST /audit/declarations': {
    target: 'managedAtA',
    ok: 201,
    why: 'kê khai số liệu đầu kỳ is set up by the administrator who brings the authority onto the engine',
    body: () => ({
      authorityId: ids.A,
      subject: 'complaint',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      figures: { carriedOver: 2, new: 3, toResolve: 5, resolved: 4, resolvedByDecision: 4, pending: 1 },
      source: 'Báo cáo 6 tháng đã gửi Thanh tra tỉnh',
    }),
  },
  'GET /inbox': read('none'),
  'GET /follow-up': read('none'),
  'POST /reception/visits': {
    target: 'none',
    ok: 201,
    why: 'a periodic reception delegated by the head: both the desk and a leader (for their own) may register it',
    body: () => newVisit(),
  },
  'GET /reception/visits': read('none'),
  'GET /reception/visits/{id}': read('visit'),
  'POST /reception/visits/{id}/result': {
    ...visitCommand,
    why: 'a result that logs no đơn, so only scope and version decide',
    body: () => ({ kind: 'guided', expectedVersion: STALE }),
  },
  'POST /reception/visits/{id}/reply': visitCommand,
  'POST /reception/visits/{id}/visitors/{visitorId}/reveal': {
    target: 'visitor',
    ok: 200,
    body: () => ({ reason: 'Kiểm tra ma trận phân quyền' }),
  },
  'POST /reception/visits/{id}/refusal-notice': visitCommand,
  'POST /reception/duty/schedules': {
    target: 'managedAtA',
    ok: 201,
    why: 'the head’s reception days: arranged by the desk (ND154/2026 Art. 26.1.a), set by a leader, kept by administrators over their subtree; replanning a day is idempotent',
    body: () => ({ authorityId: ids.A, leaderId: ids['leader.a'], days: ['2026-09-08'], place: 'Trụ sở UBND xã' }),
  },
  'GET /reception/duty/schedules': {
    ...read('managedAtA'),
    query: () => `?from=2026-09-01&to=2026-09-30&authorityId=${ids.A}`,
  },
  'GET /reception/duty/compliance': {
    ...read('managedAtA'),
    query: () => `?from=2026-09-01&to=2026-09-30&authorityId=${ids.A}`,
  },
  'GET /reception/duty/compliance.csv': {
    ...read('managedAtA'),
    query: () => `?from=2026-09-01&to=2026-09-30&authorityId=${ids.A}`,
  },
  'POST /reception/duty/schedules/cancel': {
    target: 'managedAtA',
    ok: 200,
    why: 'hủy lịch tiếp: the same people and scope as planning; the day is planned first, and cancelling a cancelled day is idempotent',
    body: async () => {
      await planDutyDayAtA('2026-09-15', 'in_person');
      return { authorityId: ids.A, days: ['2026-09-15'], reason: 'Lãnh đạo đi công tác đột xuất' };
    },
  },
  'POST /reception/duty/schedules/notice': {
    target: 'managedAtA',
    ok: 200,
    why: 'the notice of an online session (ND154/2026 Art. 23.1): the same people and scope as planning; recording it again replaces the date',
    body: async () => {
      await planDutyDayAtA('2026-09-16', 'online');
      return { authorityId: ids.A, day: '2026-09-16', sentOn: '2026-08-03' };
    },
  },
  'GET /audit/reports/reception/cells': { ...auditOfA, query: () => `${auditOfA.query()}&metric=visits` },
  'GET /identity-reveals': {
    target: 'none',
    ok: 200,
    narrower: { leader: 'the reveal log audits the leaders’ own reveals: inspectors read it (identity vault)' },
  },
};

const ROLES: UserRole[] = ['reception_officer', 'handler', 'leader', 'inspector', 'admin'];
const PLACES = ['A', 'B', 'P'] as const;
type Place = (typeof PLACES)[number];
/** P is the parent of A and B. */
const SUBTREE: Record<Place, Place[]> = { A: ['A'], B: ['B'], P: ['P', 'A', 'B'] };
const ANCESTORS_OF_A: Place[] = ['P'];

interface RouteMeta {
  command?: Command;
  isPublic: boolean;
}
interface Operation {
  id: string;
  method: string;
  path: string;
  command?: Command;
  bodySchema?: Schema;
}
interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  minLength?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  $ref?: string;
}

let t: TestApp;
let made = 0;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};
const roleOf: Record<string, UserRole> = {};
const placeOf: Record<string, Place> = {};

const http = () => request(t.app.getHttpServer());
const credentials = (username: string) => ({ username, password: passwordFor(username) });

async function signIn(username: string, password = passwordFor(username)) {
  const res = await http().post('/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`login of ${username} failed: ${res.text}`);
  return res.body as { accessToken: string; refreshToken: string };
}

function newPetition(identity = { fullName: 'Người Thử Nghiệm', idNumber: '001099000111' }) {
  return {
    receivedAt: '2026-08-03T08:30:00+07:00',
    channel: 'reception_desk',
    summary: 'Tố cáo cán bộ tư pháp xã nhận tiền',
    subjectArea: 'can_bo_cong_chuc',
    petitioners: [{ role: 'signatory', kind: 'individual', identity }],
  };
}

/** A visit the caller received themselves (a leader may register only those). */
function newVisit() {
  return {
    visitedAt: '2026-08-03T08:00:00+07:00',
    type: 'periodic',
    form: 'in_person',
    leaderPresence: 'delegated',
    place: 'Trụ sở tiếp công dân',
    peopleCount: 1,
    visitors: [
      { role: 'signatory', kind: 'individual', identity: { fullName: 'Người Được Tiếp', idNumber: '001099000222' } },
    ],
    subjectArea: 'dat_dai',
    summary: 'Kiến nghị về việc cấp giấy chứng nhận quyền sử dụng đất',
  };
}

/** A day of the head of A's reception, planned by an administrator over A (replanning is idempotent). */
async function planDutyDayAtA(day: string, form: 'in_person' | 'online') {
  await http()
    .post('/reception/duty/schedules')
    .set('Authorization', `Bearer ${tokens['admin.p']}`)
    .send({ authorityId: ids.A, leaderId: ids['leader.a'], days: [day], place: 'Trụ sở UBND xã', form })
    .expect(201);
}

/** Routes as Nest registered them, with the metadata the guards read. */
function registeredRoutes(): Map<string, RouteMeta> {
  const reflector = t.app.get(Reflector);
  const routes = new Map<string, RouteMeta>();
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const base = reflector.get<string | string[] | undefined>(PATH_METADATA, controller) ?? '';
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler);
        if (method === undefined) continue;
        const own = reflector.get<string | string[] | undefined>(PATH_METADATA, handler) ?? '';
        for (const b of [base].flat()) {
          for (const p of [own].flat()) {
            const path = `/${[b, p]
              .map((s) => s.replace(/^\/|\/$/g, ''))
              .filter(Boolean)
              .join('/')}`;
            routes.set(`${RequestMethod[method]} ${path.replace(/:(\w+)/g, '{$1}')}`, {
              command: reflector.getAllAndOverride<Command | undefined>(AUTHORIZE_COMMAND, [handler, controller]),
              isPublic: reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [handler, controller]) ?? false,
            });
          }
        }
      }
    }
  }
  return routes;
}

describe('authorization matrix: every endpoint × role × scope (e2e)', () => {
  const clock = new FixedClock(new Date('2026-08-03T02:00:00Z')); // Monday 3/8/2026, 09:00 in Vietnam
  let operations: Operation[];
  let routes: Map<string, RouteMeta>;
  let schemas: Record<string, Schema>;
  const actors: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: ClockService, useValue: clock }] });
    const ds = t.app.get(DataSource);
    const users = t.app.get(UsersService);
    ids.P = await insertAuthority(ds, { code: 'AM-P', level: 'province', validFrom: '2025-07-01' });
    ids.A = await insertAuthority(ds, { code: 'AM-A', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    ids.B = await insertAuthority(ds, { code: 'AM-B', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    for (const role of ROLES) {
      for (const place of PLACES) {
        const username = `${role.replace('_officer', '')}.${place.toLowerCase()}`;
        ids[username] = (await createUser(users, username, role, ids[place])).id;
        tokens[username] = (await signIn(username)).accessToken;
        roleOf[username] = role;
        placeOf[username] = place;
        actors.push(username);
      }
    }
    for (const [username, role] of [
      ['target.a', 'handler'],
      ['login.a', 'handler'],
      ['disabled.a', 'leader'],
      ['revoked.a', 'leader'],
      ['logout.a', 'handler'],
    ] as const) {
      ids[username] = (await createUser(users, username, role, ids.A)).id;
    }

    // The records, through the API: a tố cáo at A, classified and accepted, its case accepted.
    const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
    const intake = await http().post('/petitions').set(as('reception.a')).send(newPetition()).expect(201);
    ids.petition = intake.body.id;
    await http()
      .post(`/petitions/${ids.petition}/classify`)
      .set(as('reception.a'))
      .send({
        expectedVersion: 1,
        contentKind: 'denunciation',
        eligible: true,
        withinCompetence: true,
        signatories: 1,
        originalsAttached: false,
      })
      .expect(200);
    await http()
      .post(`/petitions/${ids.petition}/accept`)
      .set(as('reception.a'))
      .send({ expectedVersion: 2, denounced: { kind: 'official' } })
      .expect(200);
    const detail = await http().get(`/petitions/${ids.petition}`).set(as('reception.a')).expect(200);
    ids.case = detail.body.case.id;
    ids.party = detail.body.parties[0].partyId;
    await http().post(`/cases/${ids.case}/accept`).set(as('leader.a')).send({ expectedVersion: 1 }).expect(200);
    const attached = await http()
      .post(`/petitions/${ids.petition}/attachments`)
      .set(as('reception.a'))
      .field('containsIdentity', 'false')
      .attach('file', PDF, 'bien-ban.pdf')
      .expect(201);
    ids.attachment = attached.body.id;
    const registered = await http().post('/reception/visits').set(as('reception.a')).send(newVisit()).expect(201);
    ids.visit = registered.body.id;
    const visit = await http().get(`/reception/visits/${ids.visit}`).set(as('reception.a')).expect(200);
    ids.visitor = visit.body.visitors[0].visitorId;

    const doc = (await http().get('/docs-json').expect(200)).body as {
      paths: Record<
        string,
        Record<string, { 'x-kntc-command'?: Command; requestBody?: { content: Record<string, { schema: Schema }> } }>
      >;
      components: { schemas: Record<string, Schema> };
    };
    schemas = doc.components.schemas;
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        id: `${method.toUpperCase()} ${path}`,
        method,
        path,
        command: op['x-kntc-command'],
        bodySchema: op.requestBody?.content['application/json']?.schema,
      })),
    );
    routes = registeredRoutes();
  }, 60_000);

  afterAll(() => t.close());

  /** Operations this table describes (the first test fails on any other). */
  const described = (which: (row: Row) => boolean) =>
    operations.filter((o) => ENDPOINTS[o.id] && which(ENDPOINTS[o.id]));

  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) return resolve(schemas[schema.$ref.split('/').pop()!]);
    if (schema.allOf?.length === 1) return resolve(schema.allOf[0]);
    return schema;
  };

  /** A value the validation accepts: first enum value, example, minimum; uuids are real rows. */
  function sample(raw: Schema, field: string): unknown {
    const schema = resolve(raw);
    if (schema.enum) return schema.enum[0];
    if (schema.example !== undefined && schema.type !== 'number') return schema.example;
    switch (schema.type) {
      case 'boolean':
        return false;
      case 'number':
      case 'integer':
        return schema.minimum ?? 1;
      case 'array':
        return [sample(schema.items ?? {}, field)];
      case 'string':
        if (schema.format === 'uuid') return field === 'caseId' ? ids.case : ids.B;
        return 'Nội dung kiểm thử'.padEnd(schema.minLength ?? 0, '.');
      default: {
        const body: Record<string, unknown> = {};
        for (const name of schema.required ?? []) body[name] = sample(schema.properties![name], name);
        if (schema.properties?.expectedVersion) body.expectedVersion = STALE;
        return body;
      }
    }
  }

  async function bodyFor(op: Operation): Promise<object | undefined> {
    const row = ENDPOINTS[op.id];
    if (row.body) return row.body();
    return op.bodySchema ? (sample(op.bodySchema, '') as object) : undefined;
  }

  /** Path parameters filled with the records at A (or the row's own), then the row's query. */
  function urlOf(op: Operation): string {
    const row = ENDPOINTS[op.id];
    const fill: Record<string, string> = {
      id: ids[
        row.target === 'case' ? 'case' : row.target === 'visit' || row.target === 'visitor' ? 'visit' : 'petition'
      ],
      partyId: ids.party,
      visitorId: ids.visitor,
      attachmentId: ids.attachment,
      ...row.params?.(),
    };
    return (
      op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (!fill[name]) throw new Error(`${op.id}: nothing to fill {${name}} with`);
        return fill[name];
      }) + (typeof row.query === 'function' ? row.query() : (row.query ?? ''))
    );
  }

  async function call(op: Operation, authorization?: string) {
    let req = http()[op.method as 'get'](urlOf(op));
    if (authorization) req = req.set('Authorization', authorization);
    const row = ENDPOINTS[op.id];
    if (row.send) return row.send(req);
    const body = await bodyFor(op);
    return body === undefined ? req : req.send(body);
  }

  /** What the rules say `username` gets from `op`. */
  function expected(op: Operation, username: string): number {
    const row = ENDPOINTS[op.id];
    const role = roleOf[username];
    const place = placeOf[username];
    if (op.command && !mayRun(role, op.command)) return 403;
    if (row.narrower?.[role]) return 403;
    const reach = SCOPE_REACH[role] === 'subtree' ? SUBTREE[place] : [place];
    const holds = place === 'A' || (row.superior === true && ANCESTORS_OF_A.includes(place));
    switch (row.target) {
      case 'none':
        return row.ok;
      case 'petition':
      case 'case':
      case 'visit':
        // Reads follow the data scope (inspectors: their subtree); commands only the holder.
        return (op.method === 'get' ? reach.includes('A') : holds) ? row.ok : 404;
      case 'party':
        // The target is a protected denouncer: the reveal policy shows it only to the leader of
        // the authority holding the đơn (and an assigned handler; none is) — Luật TC Art. 56.1, 56.5.
        return place === 'A' && role === 'leader' ? row.ok : 404;
      case 'visitor':
        // Someone received at A: the desk and the leaders of the authority holding the visit
        // (ND154/2026 Art. 12.2); handlers work from the đơn, not the register.
        return place === 'A' && (role === 'reception_officer' || role === 'leader') ? row.ok : 404;
      case 'managedAtA':
        return reach.includes('A') ? row.ok : 404;
      case 'managedAtP':
        return reach.includes('P') ? row.ok : 404;
    }
  }

  it('has one row per documented operation, and documents exactly the routes Nest serves, with their commands', () => {
    expect(operations.map((o) => o.id).sort()).toEqual(Object.keys(ENDPOINTS).sort());
    expect([...routes.keys()].sort()).toEqual(operations.map((o) => o.id).sort());
    const mismatches = operations
      .filter((o) => ENDPOINTS[o.id] && routes.has(o.id))
      .flatMap((op) => {
        const meta = routes.get(op.id)!;
        const row = ENDPOINTS[op.id];
        return [
          ...(op.command === meta.command ? [] : [`${op.id}: documented ${op.command}, guarded ${meta.command}`]),
          ...(meta.isPublic === (row.public === true) ? [] : [`${op.id}: public is ${meta.isPublic}`]),
          // Without @Authorize an endpoint is open to every signed-in user: the row must say why.
          ...(meta.isPublic || Boolean(meta.command) !== Boolean(row.anySignedIn)
            ? []
            : [
                `${op.id}: ${meta.command ? 'has a command but is marked anySignedIn' : 'no @Authorize and no reason'}`,
              ]),
          ...(meta.command && COMMAND_PERMISSIONS[meta.command].length === 0 ? [`${op.id}: nobody may`] : []),
        ];
      });
    expect(mismatches).toEqual([]);
  });

  it('answers public endpoints without a token, and ignores a bad one', async () => {
    const problems: string[] = [];
    for (const op of described((row) => row.public === true)) {
      for (const auth of [undefined, 'Bearer not-a-token']) {
        const res = await call(op, auth);
        if (res.status !== ENDPOINTS[op.id].ok) problems.push(`${op.id} (${auth ?? 'no token'}) → ${res.status}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers 401 on every other endpoint without a valid session', async () => {
    const jwt = t.app.get(JwtService);
    const claimsOf = (username: string, role: UserRole) => ({ sub: ids[username], role, aid: ids.A, tv: 0 });
    const now = Math.floor(Date.now() / 1000);
    const forged = new JwtService({ secret: 'not-the-server-secret-0123456789abcdef' }).sign(
      claimsOf('leader.a', 'leader'),
      {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        expiresIn: 900,
      },
    );
    // Issued an hour ago with the normal 15-minute lifetime.
    const expired = jwt.sign({ ...claimsOf('leader.a', 'leader'), iat: now - 3600 });

    const disabled = (await signIn('disabled.a')).accessToken;
    await http()
      .post(`/users/${ids['disabled.a']}/disable`)
      .set('Authorization', `Bearer ${tokens['admin.a']}`)
      .expect(200);

    const before = await signIn('revoked.a');
    await http()
      .post('/auth/password')
      .set('Authorization', `Bearer ${before.accessToken}`)
      .send({ currentPassword: passwordFor('revoked.a'), newPassword: 'Mật khẩu đã đổi 2026!' })
      .expect(200);
    // The refresh tokens of a changed password and of a signed-out session are dead too.
    expect((await http().post('/auth/refresh').send({ refreshToken: before.refreshToken })).status).toBe(401);
    const session = await signIn('logout.a');
    await http()
      .post('/auth/logout')
      .set('Authorization', `Bearer ${session.accessToken}`)
      .send({ refreshToken: session.refreshToken })
      .expect(204);
    expect((await http().post('/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);

    const credentialsTried: [string, string | undefined, string][] = [
      ['no token', undefined, 'token_missing'],
      ['malformed', 'Bearer not-a-token', 'token_invalid'],
      ['forged', `Bearer ${forged}`, 'token_invalid'],
      ['expired', `Bearer ${expired}`, 'token_expired'],
      ['disabled user', `Bearer ${disabled}`, 'session_revoked'],
      ['before a password change', `Bearer ${before.accessToken}`, 'session_revoked'],
    ];
    const problems: string[] = [];
    for (const op of described((row) => !row.public)) {
      for (const [label, auth, issue] of credentialsTried) {
        const res = await call(op, auth);
        const got = res.body?.error?.details?.[0]?.issue;
        if (res.status !== 401 || res.body.error.code !== 'UNAUTHENTICATED' || got !== issue) {
          problems.push(`${op.id} (${label}) → ${res.status} ${String(got)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('answers each role at each place as the command table and the data scope say, never 5xx', async () => {
    const problems: string[] = [];
    let calls = 0;
    for (const op of described((row) => !row.public)) {
      for (const username of actors) {
        const want = expected(op, username);
        const res = await call(op, `Bearer ${tokens[username]}`);
        calls++;
        if (res.status !== want) {
          problems.push(`${op.id} as ${username}: expected ${want}, got ${res.status} ${res.text.slice(0, 200)}`);
        } else if (
          want === 403 &&
          res.body.error.details[0]?.issue !== 'role_not_permitted' &&
          !ENDPOINTS[op.id].narrower
        ) {
          problems.push(`${op.id} as ${username}: 403 for another reason than the role`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(calls).toBeGreaterThan(60 * actors.length);
  }, 120_000);

  it('never changed the records it was sent commands for (stale versions)', async () => {
    const ds = t.app.get(DataSource);
    const [p] = await ds.query<{ version: number }[]>(`SELECT version FROM petition WHERE id = $1`, [ids.petition]);
    const [c] = await ds.query<{ version: number }[]>(`SELECT version FROM kntc_case WHERE id = $1`, [ids.case]);
    const [v] = await ds.query<{ version: number }[]>(`SELECT version FROM reception_visit WHERE id = $1`, [ids.visit]);
    expect([p.version, c.version, v.version]).toEqual([3, 2, 1]);
  });
});
