import 'reflect-metadata';
import cluster from 'node:cluster';
import { createLogger, loadConfig, type AppConfig } from '@kntc/config';
import { runApiPrimary } from './bootstrap/cluster/api-primary';
import { runApiWorker } from './bootstrap/cluster/api-worker';
import { createClusterLogger } from './bootstrap/cluster/cluster-logger';
import { readHandoff } from './bootstrap/cluster/worker-handoff';
import { runSingleProcess } from './bootstrap/run-single-process';
import { describeStartupError, exitWithStartupMessage } from './bootstrap/startup-error';

async function main(): Promise<void> {
  const handoff = readHandoff(process.env);
  if (handoff) return runApiWorker(handoff);
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    exitWithStartupMessage(describeStartupError(error) ?? String(error));
  }
  if (config.http.workers === 1) return runSingleProcess(config, createLogger(config.logLevel, 'api'));
  if (cluster.isWorker) {
    exitWithStartupMessage(
      'API_WORKERS above 1 needs the API to be its own primary process, but it runs inside another cluster (e.g. PM2 cluster mode). Set API_WORKERS=1 there.',
    );
  }
  return runApiPrimary(config, createClusterLogger(config.logLevel, { role: 'primary' }));
}

void main();
