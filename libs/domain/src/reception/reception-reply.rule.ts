import type { WorkingCalendar } from '../calendar/working-calendar';
import { computeDeadline } from '../deadlines/compute-deadline';
import { startClock } from '../deadlines/clock-ops';
import type { Deadline } from '../deadlines/deadline.types';
import { applicableRuleSetId } from '../rules/select-rule-set';
import type { TimeLimitKey } from '../rules/rule-set.types';
import type { IsoDate } from '../shared/iso-date';
import type { VisitResult } from './visit-kinds';

/** The period of Luật TCD Art. 28.1, shared with the đơn logged at a reception. */
export const RECEPTION_REPLY_RULE: TimeLimitKey = 'petition.receptionReply';

/**
 * Luật TCD Art. 28.1: within 10 working days of receiving the content of a khiếu nại, tố cáo,
 * kiến nghị, phản ánh, the receiver answers the person who came (accepted, more time needed,
 * refused, or forwarded). The duty follows content that was received; a visit that ended in
 * guidance, an answer on the spot, or a refusal has already had its answer.
 */
export const replyDueAfter = (result: VisitResult): boolean => result === 'received';

/** The reply's due date for a visit on `visitedOn`, by the rule set in force that day. */
export function receptionReplyDeadline(visitedOn: IsoDate, calendar: WorkingCalendar, asOf: IsoDate): Deadline {
  const ruleSetId = applicableRuleSetId('petition', 'receptionReply', { received: visitedOn, event: visitedOn });
  const clocks = startClock({}, 'reply', {
    rule: RECEPTION_REPLY_RULE,
    ruleSetId,
    on: visitedOn,
    event: 'recordResult',
  });
  return computeDeadline(clocks.reply, { calendar, asOf });
}
