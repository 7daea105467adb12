import { Client } from 'pg';

export interface StatementCount {
  query: string;
  calls: number;
  totalMs: number;
}

/**
 * pg_stat_statements, where the server has it loaded (the embedded one is restarted with it by
 * the bench; an external server may or may not): the statements run, and how often.
 */
export class Statements {
  private constructor(private readonly client: Client) {}

  static async open(url: string): Promise<Statements | undefined> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await client.query('SELECT pg_stat_statements_reset()');
      return new Statements(client);
    } catch {
      await client.end();
      return undefined;
    }
  }

  async reset(): Promise<void> {
    await this.client.query('SELECT pg_stat_statements_reset()');
  }

  /** Statements of the benchmark's database since the last reset, most called first. */
  async read(): Promise<StatementCount[]> {
    const { rows } = await this.client.query<{ query: string; calls: string; total: number }>(
      `SELECT query, calls, total_exec_time AS total FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query NOT LIKE '%pg_stat_statements%'
        ORDER BY calls DESC, total_exec_time DESC`,
    );
    return rows.map((r) => ({ query: r.query, calls: Number(r.calls), totalMs: r.total }));
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
