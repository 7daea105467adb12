export * from './iso-date';
export * from './authority';
export * from './actor';
export * from './event-meta';
export * from './subject-areas';
