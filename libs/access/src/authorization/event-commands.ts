import type { MachineId } from '@kntc/domain';
import type { Command } from './commands';

/**
 * Which access command each machine event is, so one table decides who may send it: the
 * machine decides whether the law allows it now and for which authority, this decides which
 * person. Events not listed (SYSTEM_EVENTS: the sweeper's `deadlineExpired`, a reorganisation's
 * `reassign`) are never sent by people.
 */
export const EVENT_COMMANDS: Readonly<Record<MachineId, Readonly<Record<string, Command>>>> = {
  petition: {
    classify: 'petition.classify',
    extendInitialCheck: 'petition.classify',
    accept: 'petition.accept',
    guide: 'petition.guide',
    forward: 'petition.forward',
    returnToSender: 'petition.return',
    urge: 'petition.urge',
    requestSplit: 'petition.requestSplit',
    file: 'petition.file',
    dismiss: 'petition.dismiss',
    receive: 'petition.receive',
  },
  complaint: {
    assignHandler: 'case.assign',
    accept: 'case.accept',
    refuse: 'case.refuse',
    decideNow: 'case.decide',
    startVerification: 'case.verify',
    completeVerification: 'case.verify',
    holdDialogue: 'case.dialogue',
    decide: 'case.decide',
    send: 'case.send',
    publish: 'case.send',
    lodgeSecondComplaint: 'case.lodgeSecondRound',
    // Recording that the complainant went to court, or that the final decision was enforced.
    fileLawsuit: 'case.close',
    recordEnforcement: 'case.close',
    suspend: 'case.suspend',
    resume: 'case.resume',
    terminate: 'case.terminate',
    withdraw: 'case.withdraw',
    // Declaring a case complex lengthens its period: a signed decision, like an extension.
    setComplexity: 'case.extend',
  },
  denunciation: {
    assignHandler: 'case.assign',
    accept: 'case.accept',
    refuse: 'case.refuse',
    forward: 'case.forward',
    transferToInvestigation: 'case.forward',
    redirectCompetence: 'case.forward',
    setComplexity: 'case.extend',
    extend: 'case.extend',
    conclude: 'case.decide',
    recordHandling: 'case.decide',
    upholdResolution: 'case.decide',
    reResolve: 'case.decide',
    demandReport: 'case.decide',
    takeOver: 'case.accept',
    suspend: 'case.suspend',
    resume: 'case.resume',
    terminate: 'case.terminate',
    withdraw: 'case.withdraw',
    sendConclusion: 'case.send',
    submitReport: 'case.send',
    publish: 'case.send',
    furtherDenunciation: 'case.lodgeSecondRound',
    close: 'case.close',
  },
  feedback: {
    assignHandler: 'case.assign',
    assign: 'case.assign',
    reply: 'case.decide',
    forward: 'case.forward',
    close: 'case.close',
  },
  visit: {
    recordResult: 'reception.record',
    reply: 'reception.record',
    issueRefusalNotice: 'reception.record',
  },
};

export function commandOfEvent(machineId: MachineId, eventType: string): Command | undefined {
  return EVENT_COMMANDS[machineId][eventType];
}
