export * from './test-database';
export * from './test-app';
export * from './spawn-api';
export * from './eventually';
