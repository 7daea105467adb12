import {
  machineFor,
  UnknownMachineError,
  type CaseKind,
  type ContentKind,
  type DeadlineStatus,
  type MachineId,
} from '@kntc/domain';
import { DENUNCIATION_OUTCOME_LABELS } from '@kntc/domain/machines/denunciation';
import { FEEDBACK_OUTCOME_LABELS } from '@kntc/domain/machines/feedback';
import {
  PETITION_CHANNEL_LABELS,
  PETITION_DISPOSITION_LABELS,
  PETITION_OUTCOME_LABELS,
} from '@kntc/domain/machines/petition';
import { COMMAND_LABELS, commandOfEvent } from '@kntc/access';

/** Vietnamese labels the read side adds next to each code it returns. */

export const CONTENT_KIND_LABELS: Record<ContentKind, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  feedback: 'Kiến nghị, phản ánh',
  mixed: 'Đơn có nhiều nội dung',
};

export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  feedback: 'Kiến nghị, phản ánh',
};

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  running: 'Đang tính thời hạn',
  paused: 'Tạm dừng tính thời hạn',
  met: 'Đã thực hiện đúng hạn',
  late: 'Đã thực hiện nhưng trễ hạn',
  overdue: 'Quá hạn',
};

const COMPLAINT_OUTCOME_LABELS: Record<string, string> = {
  not_accepted: 'Không thụ lý giải quyết khiếu nại',
  terminated: 'Đình chỉ giải quyết khiếu nại',
  court: 'Người khiếu nại khởi kiện tại Tòa án',
  correct: 'Kết thúc: khiếu nại đúng',
  partly_correct: 'Kết thúc: khiếu nại đúng một phần',
  incorrect: 'Kết thúc: khiếu nại sai',
};

const OUTCOME_LABELS: Record<MachineId, Record<string, string>> = {
  petition: PETITION_OUTCOME_LABELS,
  complaint: COMPLAINT_OUTCOME_LABELS,
  denunciation: DENUNCIATION_OUTCOME_LABELS,
  feedback: FEEDBACK_OUTCOME_LABELS,
  visit: {
    replied: 'Đã trả lời công dân',
    guided: 'Đã hướng dẫn',
    answered: 'Đã giải thích, trả lời trực tiếp',
    refused: 'Đã từ chối tiếp',
  },
};

export const label = <K extends string>(labels: Record<K, string>, code: string | null | undefined): string | null =>
  code === null || code === undefined ? null : ((labels as Record<string, string>)[code] ?? code);

export const contentKindLabel = (kind: string | null): string | null => label(CONTENT_KIND_LABELS, kind);
export const caseKindLabel = (kind: string): string => label(CASE_KIND_LABELS, kind) ?? kind;
export const channelLabel = (channel: string): string => label(PETITION_CHANNEL_LABELS, channel) ?? channel;
export const dispositionLabel = (d: string | null | undefined): string | null => label(PETITION_DISPOSITION_LABELS, d);
export const outcomeLabel = (machineId: string, outcome: string | null | undefined): string | null =>
  label(OUTCOME_LABELS[machineId as MachineId] ?? {}, outcome);

/**
 * Title of a top-level state from the machine definition that wrote the row (lists carry no
 * snapshot; the detail uses the deepest state's title instead).
 */
export function topStateTitle(machineId: string, machineVersion: string, state: string): string {
  try {
    const node = (
      machineFor(machineId as MachineId, machineVersion).machine.states as Record<string, { meta?: { title?: string } }>
    )[state];
    return node?.meta?.title ?? state;
  } catch (error) {
    if (error instanceof UnknownMachineError) return state;
    throw error;
  }
}

/** How a custody period began: the event that moved the đơn or case (`opened` for the first holder). */
export function custodyReasonLabel(machineId: string, reason: string): string {
  if (reason === 'opened') return 'Tiếp nhận, mở hồ sơ';
  // The write path records the event that moved custody; a reorganisation's is `reassign`.
  if (reason === 'reassign') return 'Bàn giao nguyên trạng do sắp xếp lại cơ quan, đơn vị';
  const command = commandOfEvent(machineId as MachineId, reason);
  return command ? COMMAND_LABELS[command] : reason;
}
