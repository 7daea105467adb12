import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { IsInt, IsString, Max, Min } from 'class-validator';
import request from 'supertest';
import { Public } from '@kntc/access';
import { createTestApp, type TestApp } from '@kntc/testing';

class EchoDto {
  @IsString()
  name!: string;

  @IsInt()
  @Min(1)
  @Max(10)
  count!: number;
}

/** Test-only routes that exercise the global pipe and filter the way real endpoints will. */
@Public()
@Controller('__test')
class ProbeController {
  @Post('echo')
  echo(@Body() body: EchoDto) {
    return body;
  }

  @Get('boom')
  boom(): never {
    const err = new Error('duplicate key value violates unique constraint "secret_table_pkey"') as Error & {
      detail: string;
    };
    err.detail = 'Key (cccd)=(001234567890) already exists.';
    throw err;
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('HTTP basics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ extraModules: [ProbeModule] });
  });
  afterAll(() => t.close());

  const http = () => request(t.app.getHttpServer());

  it('answers /health without touching the database and /health/ready when migrated', async () => {
    const live = await http().get('/health');
    expect([live.status, live.body]).toEqual([200, { status: 'ok' }]);
    const ready = await http().get('/health/ready');
    expect([ready.status, ready.body]).toEqual([200, { status: 'ready', database: 'up', pendingMigrations: 0 }]);
  });

  it('returns a request id on every response and keeps a well-formed one sent by the caller', async () => {
    const generated = await http().get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await http().get('/health').set('X-Request-Id', 'gateway-1234abcd');
    expect(kept.headers['x-request-id']).toBe('gateway-1234abcd');
    const replaced = await http().get('/health').set('X-Request-Id', 'bad id with spaces');
    expect(replaced.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('writes JSON log lines that carry the request id', async () => {
    const res = await http().get('/health/ready').set('X-Request-Id', 'trace-logs-0001');
    expect(res.status).toBe(200);
    const line = t.logs.lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'trace-logs-0001');
    expect(line).toMatchObject({ requestId: 'trace-logs-0001', msg: 'request completed', res: { statusCode: 200 } });
  });

  it('sets security headers', async () => {
    const res = await http().get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses invalid fields with 400, naming each offending field', async () => {
    const res = await http().post('/__test/echo').send({ name: 42, count: 99 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.requestId).toBe(res.headers['x-request-id']);
    const fields = res.body.error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['count', 'name']);
  });

  it('refuses unknown properties instead of dropping them silently', async () => {
    const res = await http().post('/__test/echo').send({ name: 'a', count: 1, isAdmin: true });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ field: 'isAdmin', issue: 'whitelistValidation' }),
    ]);
  });

  it('answers malformed JSON with 400 MALFORMED_REQUEST and a request id', async () => {
    const res = await http().post('/__test/echo').set('Content-Type', 'application/json').send('{"name": ');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'MALFORMED_REQUEST', details: [] });
    expect(res.body.error.requestId).toBe(res.headers['x-request-id']);
    expect(res.body.error.requestId).toBeTruthy();
  });

  it('refuses bodies over the size limit with 413', async () => {
    const res = await http()
      .post('/__test/echo')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(1_100_000), count: 1 }));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers unknown routes with 404 in the same envelope', async () => {
    const res = await http().get('/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('turns an unexpected error into a bare 500: no stack, no SQL, no data', async () => {
    const res = await http().get('/__test/boom');
    expect(res.status).toBe(500);
    expect(Object.keys(res.body.error).sort()).toEqual(['code', 'details', 'message', 'requestId']);
    expect(res.body.error.code).toBe('INTERNAL_ERROR');
    expect(res.text).not.toMatch(/unique constraint|secret_table|cccd|001234567890|at .*\.ts/);
    // The log keeps the message for operators but never PostgreSQL's `detail` (it can hold personal data).
    expect(t.logs.text).toContain('secret_table_pkey');
    expect(t.logs.text).not.toContain('001234567890');
  });
});
