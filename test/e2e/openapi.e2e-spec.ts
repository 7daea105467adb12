import request from 'supertest';
import { createTestApp, type TestApp } from '@kntc/testing';

interface Schema {
  type?: string;
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  $ref?: string;
  allOf?: Schema[];
}

describe('OpenAPI documentation', () => {
  let t: TestApp;
  let doc: {
    paths: Record<
      string,
      Record<
        string,
        { summary?: string; responses?: Record<string, unknown>; parameters?: { name: string; description?: string }[] }
      >
    >;
    components: { schemas: Record<string, Schema> };
  };
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await request(t.app.getHttpServer()).get('/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('serves the Swagger UI at /docs', async () => {
    const res = await request(t.app.getHttpServer()).get('/docs').redirects(1);
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger-ui');
  });

  it('describes every operation with a summary and at least one response', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ id: `${method.toUpperCase()} ${path}`, op })),
    );
    expect(operations.length).toBeGreaterThan(0);
    const undocumented = operations.filter(
      ({ op }) => !op.summary || !op.responses || Object.keys(op.responses).length === 0,
    );
    expect(undocumented.map((o) => o.id)).toEqual([]);
    const bareParameters = operations.flatMap(({ id, op }) =>
      (op.parameters ?? []).filter((p) => !p.description).map((p) => `${id} ${p.name}`),
    );
    expect(bareParameters).toEqual([]);
  });

  it('describes every field of every schema', () => {
    const bare: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      for (const [field, prop] of Object.entries(schema.properties ?? {})) {
        const described = prop.description || prop.allOf?.some((s) => s.description);
        if (!described) bare.push(`${name}.${field}`);
      }
    }
    expect(bare).toEqual([]);
  });
});
