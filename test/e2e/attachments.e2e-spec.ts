import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import type { UserRole } from '@kntc/persistence';
import { createTestApp, type TestApp } from '@kntc/testing';
import { ClockService, FixedClock } from '@kntc/workflow';
import { createUser, insertAuthority, passwordFor } from '../../libs/access/src/testing/access-fixtures';
import { samples } from '../../libs/workflow/src/attachments/__fixtures__/sample-files';

const MAX = 64 * 1024; // ATTACHMENT_MAX_SIZE below
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A PDF of exactly `size` bytes. */
const pdfOfSize = (size: number) => {
  const start = samples.pdf();
  return Buffer.concat([start, Buffer.alloc(size - start.length, 0x20)]);
};

/**
 * Documents attached to đơn over HTTP, on a real database and a real file store in a temporary
 * DATA_DIR. Province P with communes A and B; at A, Monday 3/8/2026:
 *  - K: a khiếu nại (complainant not protected) with ordinary documents;
 *  - T: a tố cáo by a protected denouncer, with a scan of the denouncer's handwriting (bút tích).
 */
describe('attachments (e2e)', () => {
  const clock = new FixedClock(new Date('2026-08-03T02:00:00Z'));
  let dataDir: string;
  let t: TestApp;
  let ds: DataSource;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kntc-attachments-'));
    t = await createTestApp({
      env: { DATA_DIR: dataDir, ATTACHMENT_MAX_SIZE: '64kb' },
      overrides: [{ provide: ClockService, useValue: clock }],
    });
    ds = t.app.get(DataSource);
    const users = t.app.get(UsersService);
    ids.P = await insertAuthority(ds, { code: 'AT-P', level: 'province', validFrom: '2025-07-01' });
    ids.A = await insertAuthority(ds, { code: 'AT-A', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    ids.B = await insertAuthority(ds, { code: 'AT-B', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    const people: [string, UserRole, string][] = [
      ['rec.a', 'reception_officer', 'A'],
      ['hand.a', 'handler', 'A'],
      ['lead.a', 'leader', 'A'],
      ['rec.b', 'reception_officer', 'B'],
      ['hand.b', 'handler', 'B'],
      ['insp.p', 'inspector', 'P'],
    ];
    for (const [username, role, authority] of people) {
      ids[username] = (await createUser(users, username, role, ids[authority])).id;
      const login = await http()
        .post('/auth/login')
        .send({ username, password: passwordFor(username) });
      if (login.status !== 200) throw new Error(`login of ${username} failed: ${login.text}`);
      tokens[username] = login.body.accessToken;
    }
    ids.K = await intake('Khiếu nại quyết định thu hồi đất', 'complaint');
    ids.T = await intake('Tố cáo cán bộ địa chính nhận tiền', 'denunciation');
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const http = () => request(t.app.getHttpServer());
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  async function intake(summary: string, contentKind: string): Promise<string> {
    const logged = await http()
      .post('/petitions')
      .set(as('rec.a'))
      .send({
        receivedAt: '2026-08-03T08:30:00+07:00',
        channel: 'post',
        summary,
        subjectArea: 'dat_dai',
        petitioners: [
          {
            role: 'signatory',
            kind: 'individual',
            identity: { fullName: 'Hà Thị Bút Tích', address: 'thôn Bắc, xã A', idNumber: '001203009999' },
          },
        ],
      });
    if (logged.status !== 201) throw new Error(logged.text);
    const classified = await http().post(`/petitions/${logged.body.id}/classify`).set(as('rec.a')).send({
      expectedVersion: 1,
      contentKind,
      eligible: true,
      withinCompetence: true,
      signatories: 1,
      originalsAttached: true,
    });
    if (classified.status !== 200) throw new Error(classified.text);
    return String(logged.body.id);
  }

  function upload(
    who: string,
    petitionId: string,
    file: Buffer,
    name: string,
    containsIdentity = false,
    type?: string,
  ) {
    return http()
      .post(`/petitions/${petitionId}/attachments`)
      .set(as(who))
      .field('containsIdentity', String(containsIdentity))
      .attach('file', file, { filename: name, ...(type ? { contentType: type } : {}) });
  }

  function download(who: string, petitionId: string, attachmentId: string, reason?: string) {
    return http()
      .get(`/petitions/${petitionId}/attachments/${attachmentId}`)
      .query(reason ? { reason } : {})
      .set(as(who))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  }

  const errorOf = (res: { body: unknown }): { code: string; details: { field?: string; issue: string }[] } =>
    (JSON.parse((res.body as Buffer).toString('utf8')) as { error: ReturnType<typeof errorOf> }).error;

  /** Every file in the store (staging included), and every attachment row. */
  async function stored(): Promise<{ files: string[]; rows: number }> {
    const files = (await readdir(join(dataDir, 'files'), { recursive: true, withFileTypes: true }).catch(() => []))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM attachment`);
    return { files, rows: n };
  }

  describe('an ordinary document', () => {
    const content = samples.pdf('Biên bản làm việc ngày 3/8');
    let attachmentId: string;

    it('is kept with its SHA-256, size and the type read from its content', async () => {
      const res = await upload('rec.a', ids.K, content, 'Biên bản làm việc.pdf');
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        petitionId: ids.K,
        originalName: 'Biên bản làm việc.pdf',
        mediaType: 'application/pdf',
        sizeBytes: content.length,
        sha256: sha256(content),
        containsIdentity: false,
        uploadedByUserId: ids['rec.a'],
        uploadedByAuthorityId: ids.A,
        uploadedAt: '2026-08-03T02:00:00.000Z',
      });
      attachmentId = res.body.id;
      const [row] = await ds.query(`SELECT sha256, size_bytes, storage_key FROM attachment WHERE id = $1`, [
        attachmentId,
      ]);
      expect(row.sha256).toBe(sha256(content));
      expect(Number(row.size_bytes)).toBe(content.length);
      // Stored under its id, never under the client's name.
      expect(row.storage_key).toBe(`${attachmentId.slice(0, 2)}/${attachmentId}`);
      expect(await readFile(join(dataDir, 'files', row.storage_key))).toEqual(content);
    });

    it('is listed for whoever may read the đơn, inspectors included', async () => {
      for (const who of ['hand.a', 'insp.p']) {
        const res = await http().get(`/petitions/${ids.K}/attachments`).set(as(who));
        expect(res.status).toBe(200);
        expect(res.body.items).toEqual([
          expect.objectContaining({ id: attachmentId, originalName: 'Biên bản làm việc.pdf', identityWithheld: false }),
        ]);
      }
    });

    it('downloads byte for byte, as an attachment the browser must not sniff', async () => {
      const res = await download('insp.p', ids.K, attachmentId);
      expect(res.status).toBe(200);
      expect(Buffer.compare(res.body as Buffer, content)).toBe(0);
      expect(sha256(res.body as Buffer)).toBe(sha256(content));
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-disposition']).toMatch(/^attachment; /);
      expect(res.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent('Biên bản làm việc.pdf')}`,
      );
      expect(res.headers.etag).toBe(`"${sha256(content)}"`);
    });

    it('accepts every default type and a file of exactly the size limit', async () => {
      for (const [name, file, type] of [
        ['anh.png', samples.png(), 'image/png'],
        ['anh.jpg', samples.jpeg(), 'image/jpeg'],
        ['scan.tif', samples.tiff(), 'image/tiff'],
        ['bao-cao.docx', samples.docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        ['bao-cao.odt', samples.odt(), 'application/vnd.oasis.opendocument.text'],
        ['lon.pdf', pdfOfSize(MAX), 'application/pdf'],
      ] as const) {
        const res = await upload('hand.a', ids.K, file, name);
        expect([name, res.status, res.body.mediaType]).toEqual([name, 201, type]);
      }
    });
  });

  describe('refusals leave nothing behind', () => {
    it('413 PAYLOAD_TOO_LARGE for a file one byte over the limit', async () => {
      const before = await stored();
      const res = await upload('rec.a', ids.K, pdfOfSize(MAX + 1), 'qua-lon.pdf');
      expect(res.status).toBe(413);
      expect(res.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', requestId: expect.any(String) });
      expect(res.body.error.message).toContain('64 KB');
      expect(await stored()).toEqual(before);
    });

    it('415 UNSUPPORTED_MEDIA_TYPE for an executable renamed .pdf, whatever it declares', async () => {
      const before = await stored();
      for (const type of ['application/pdf', 'application/octet-stream']) {
        const res = await upload('rec.a', ids.K, samples.exe(), 'don-to-cao.pdf', false, type);
        expect(res.status).toBe(415);
        expect(res.body.error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
        expect(res.body.error.details[0]).toMatchObject({ field: 'file', issue: 'unrecognised_content' });
      }
      expect(await stored()).toEqual(before);
    });

    it('415 for a real PNG declared as a JPEG, and for a macro-enabled Word file', async () => {
      const before = await stored();
      const mismatch = await upload('rec.a', ids.K, samples.png(), 'anh.jpg', false, 'image/jpeg');
      expect([mismatch.status, mismatch.body.error.details[0].issue]).toEqual([415, 'declared_type_mismatch']);
      const macros = await upload('rec.a', ids.K, samples.docx({ 'word/vbaProject.bin': 'Sub AutoOpen()' }), 'x.docx');
      expect(macros.status).toBe(415);
      expect(await stored()).toEqual(before);
    });

    it('400 when the file or the identity flag is missing', async () => {
      const before = await stored();
      const noFile = await http()
        .post(`/petitions/${ids.K}/attachments`)
        .set(as('rec.a'))
        .field('containsIdentity', 'false');
      expect([noFile.status, noFile.body.error.details[0].field]).toEqual([400, 'file']);
      const noFlag = await http()
        .post(`/petitions/${ids.K}/attachments`)
        .set(as('rec.a'))
        .attach('file', samples.pdf(), 'a.pdf');
      expect([noFlag.status, noFlag.body.error.details[0].field]).toEqual([400, 'containsIdentity']);
      expect(await stored()).toEqual(before);
    });

    it('404 outside the đơn’s scope, for upload, list and download alike; 403 for a role that may not attach', async () => {
      const before = await stored();
      const [listed] = (await http().get(`/petitions/${ids.K}/attachments`).set(as('rec.a'))).body.items;
      const foreign = await upload('rec.b', ids.K, samples.pdf(), 'a.pdf');
      expect([foreign.status, foreign.body.error.code]).toEqual([404, 'NOT_FOUND']);
      expect((await http().get(`/petitions/${ids.K}/attachments`).set(as('hand.b'))).status).toBe(404);
      expect((await download('hand.b', ids.K, listed.id)).status).toBe(404);
      // The attachment of one đơn is not reachable through another.
      expect((await download('rec.a', ids.T, listed.id)).status).toBe(404);
      const inspector = await upload('insp.p', ids.K, samples.pdf(), 'a.pdf');
      expect([inspector.status, inspector.body.error.code]).toEqual([403, 'FORBIDDEN']);
      expect(await stored()).toEqual(before);
    });
  });

  describe('a scan of a protected denouncer’s handwriting (bút tích)', () => {
    const scan = samples.png();
    let scanId: string;

    beforeAll(async () => {
      const res = await upload('rec.a', ids.T, scan, 'Bút tích Hà Thị Bút Tích.png', true);
      if (res.status !== 201) throw new Error(res.text);
      scanId = res.body.id;
      const [party] = await ds.query(`SELECT protected FROM party WHERE petition_id = $1`, [ids.T]);
      if (!party.protected) throw new Error('the denouncer of T should be protected');
    });

    it('is listed to an inspector without its name, and refused to them (403)', async () => {
      const list = await http().get(`/petitions/${ids.T}/attachments`).set(as('insp.p'));
      expect(list.body.items).toEqual([
        expect.objectContaining({ id: scanId, containsIdentity: true, identityWithheld: true, originalName: null }),
      ]);
      expect(JSON.stringify(list.body)).not.toContain('Bút Tích');
      const res = await download('insp.p', ids.T, scanId, 'kiểm tra hồ sơ');
      expect(res.status).toBe(403);
      expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN', details: [{ issue: 'identity_protected' }] });
    });

    it('is refused to a handler of another authority (404: not even the đơn is visible)', async () => {
      expect((await download('hand.b', ids.T, scanId, 'xem')).status).toBe(404);
    });

    it('is refused to the reception officer and to a handler not assigned to the case', async () => {
      for (const who of ['rec.a', 'hand.a']) {
        const res = await download(who, ids.T, scanId, 'đối chiếu chữ ký');
        expect([who, res.status]).toEqual([who, 403]);
      }
    });

    it('needs a reason, even from those who may open it', async () => {
      const res = await download('lead.a', ids.T, scanId);
      expect(res.status).toBe(400);
      expect(errorOf(res).details[0]).toMatchObject({ field: 'reason', issue: 'required' });
    });

    it('opens to the resolving leader, and the opening is in the reveal log', async () => {
      const res = await download('lead.a', ids.T, scanId, 'Đối chiếu chữ ký trên đơn');
      expect(res.status).toBe(200);
      expect(Buffer.compare(res.body as Buffer, scan)).toBe(0);
      const reveals = await ds.query(
        `SELECT r.user_id, r.reason, r.request_id FROM identity_reveal r JOIN party p ON p.id = r.party_id
          WHERE p.petition_id = $1`,
        [ids.T],
      );
      expect(reveals).toEqual([
        {
          user_id: ids['lead.a'],
          reason: `Mở tệp đính kèm ${scanId}: Đối chiếu chữ ký trên đơn`,
          request_id: res.headers['x-request-id'],
        },
      ]);
    });

    it('once the tố cáo is forwarded, the former holder still reads the đơn but may not open the scan', async () => {
      const logged = await http()
        .post('/petitions')
        .set(as('rec.a'))
        .send({
          receivedAt: '2026-08-03T08:30:00+07:00',
          channel: 'post',
          summary: 'Tố cáo chủ tịch xã B',
          subjectArea: 'can_bo_cong_chuc',
          petitioners: [{ role: 'signatory', kind: 'individual', identity: { fullName: 'Người Tố Cáo B' } }],
        });
      const id = logged.body.id as string;
      let v = (
        await http().post(`/petitions/${id}/classify`).set(as('rec.a')).send({
          expectedVersion: 1,
          contentKind: 'denunciation',
          eligible: true,
          withinCompetence: false,
          signatories: 1,
          originalsAttached: true,
        })
      ).body.version;
      const handwriting = await upload('rec.a', id, samples.tiff(), 'but-tich.tif', true);
      expect(handwriting.status).toBe(201);
      v = (
        await http()
          .post(`/petitions/${id}/forward`)
          .set(as('rec.a'))
          .send({ expectedVersion: v, toAuthorityId: ids.B })
      ).body.version;
      const received = await http().post(`/petitions/${id}/receive`).set(as('rec.b')).send({ expectedVersion: v });
      expect(received.status).toBe(200);

      // A held it, so A's staff still see the đơn and its list, but the identity now belongs to B alone.
      const list = await http().get(`/petitions/${id}/attachments`).set(as('lead.a'));
      expect(list.body.items[0]).toMatchObject({ identityWithheld: true, originalName: null });
      const formerHolder = await download('lead.a', id, handwriting.body.id, 'tra cứu');
      expect([formerHolder.status, errorOf(formerHolder).code]).toEqual([403, 'FORBIDDEN']);
      expect((await download('hand.b', id, handwriting.body.id, 'xác minh')).status).toBe(403);
    });

    it('an identity file of an unprotected complainant opens to the holder’s staff, unrecorded, and not to inspectors', async () => {
      const uploaded = await upload('rec.a', ids.K, samples.jpeg(), 'cccd.jpg', true);
      expect(uploaded.status).toBe(201);
      const staff = await download('hand.a', ids.K, uploaded.body.id, 'gửi thông báo thụ lý');
      expect(staff.status).toBe(200);
      expect((await download('insp.p', ids.K, uploaded.body.id, 'kiểm tra')).status).toBe(403);
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM identity_reveal r JOIN party p ON p.id = r.party_id WHERE p.petition_id = $1`,
        [ids.K],
      );
      expect(n).toBe(0);
    });
  });
});
