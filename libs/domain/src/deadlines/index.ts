export * from './clock';
export * from './clock-ops';
export * from './deadline.types';
export * from './resolve-time-limit';
export * from './compute-deadline';
export * from './compute-deadlines';
export * from './diff-deadlines';
