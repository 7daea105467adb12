export { seedSynthetic } from './synthetic-seed';
export type { SeededInstance, SyntheticSeedOptions, SyntheticSeedReport } from './synthetic-seed';
export type { DatedMark, Mark } from './scenario-run';
export { SCENARIOS, CASE_KIND_WEIGHTS, PETITIONS_WITHOUT_CASE_PER_CASE } from './scenarios';
export type { HolderClass, Scenario, ScenarioGroup } from './scenarios';
