import type { ProvisionedDatabase } from '@kntc/persistence';
import { demoLoginLines, type DemoLogins } from '../demo/demo-logins';

export interface BannerFacts {
  url: string;
  databaseMode: ProvisionedDatabase['mode'];
  demoLogins?: DemoLogins;
  /** Processes serving HTTP (API_WORKERS). */
  workers: number;
}

/** What a newcomer needs after `npm start`: where the API is, its docs, and the demo logins. */
export function banner(facts: BannerFacts): string {
  return [
    '',
    `  KNTC engine API is running: ${facts.url}`,
    `    health     ${facts.url}/health/ready`,
    `    API docs   ${facts.url}/docs`,
    `    database   ${facts.databaseMode === 'embedded' ? 'embedded PostgreSQL (.data/pg)' : 'external (DATABASE_URL)'}`,
    ...(facts.workers > 1 ? [`    processes  ${facts.workers} workers share the port (API_WORKERS)`] : []),
    ...(facts.demoLogins ? demoLoginLines(facts.demoLogins) : []),
    '',
  ].join('\n');
}
