export { denunciationMachine, DENUNCIATION_MACHINE_ID, DENUNCIATION_MACHINE_VERSION } from './denunciation.machine';
export {
  DENUNCIATION_GUARD_EXPLANATIONS,
  type DenunciationGuardName,
  complexityOf,
  extensionLimit,
} from './denunciation.policies';
export * from './denunciation.types';
export * from './denunciation.labels';
