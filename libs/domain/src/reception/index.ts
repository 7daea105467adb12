export * from './visit-kinds';
export * from './representatives.rule';
export * from './online-reception.rule';
export * from './refusal.rule';
export * from './reception-reply.rule';
export * from './leader-duty.rule';
export * from './visit-reply-from-petitions.rule';
export * from './duty-schedule.rule';
