export * from './kinds';
export * from './domain-actions';
export * from './common-events';
export * from './authority-checks';
export * from './reorganisation';
export * from './handler-assignment';
