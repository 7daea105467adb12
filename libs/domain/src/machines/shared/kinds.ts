/** Kinds of case (vụ việc) the engine resolves. */
export const CASE_KINDS = ['complaint', 'denunciation', 'feedback'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** Content of a đơn when classified (TT 05/2021; TT 07/2014 Art. 6.1). */
export const CONTENT_KINDS = ['complaint', 'denunciation', 'feedback', 'mixed'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** The machines the engine runs, by stable id. */
export const MACHINE_IDS = ['petition', 'complaint', 'denunciation', 'feedback', 'visit'] as const;
export type MachineId = (typeof MACHINE_IDS)[number];
