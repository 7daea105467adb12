export * from './rule-set.types';
export * from './rule-set.registry';
export * from './select-rule-set';
export * from './competence';
export * from './render-rules-table';
