export * from './errors';
export * from './shared';
export * from './rules';
export * from './calendar';
export * from './deadlines';
export * from './machines/shared';
export * from './engine';
export { renderLawDoc } from './docs/render-law-doc';
export * from './reception';
// Each machine's vocabulary (grounds, outcomes, labels, types) under its own name: the kinds
// share words (a complaint and a denunciation both have "suspension grounds").
export * as Petition from './machines/petition';
export * as Complaint from './machines/complaint';
export * as Denunciation from './machines/denunciation';
export * as Feedback from './machines/feedback';
export * as Visit from './machines/visit';
