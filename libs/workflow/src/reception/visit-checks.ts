import {
  checkRepresentatives,
  DomainError,
  onlineReceptionDecision,
  ValidationFailedError,
  type ErrorDetail,
  type RuleSet,
} from '@kntc/domain';
import type { NewVisit } from './reception.types';

/**
 * The statutory checks of a new visit, by the rule set in force on its day: the online form
 * (Luật TCD Art. 3a; ND154/2026 Art. 20.4) is refused as a rule violation; the representatives of
 * a crowd (Luật TCD Art. 29) and the head's presence are request errors on their field.
 */
export function checkVisitRules(ruleSet: RuleSet, input: NewVisit): void {
  if (input.form === 'online') {
    const online = onlineReceptionDecision(ruleSet, {
      ...(input.contentKind ? { contentKind: input.contentKind } : {}),
      identityProtectionRequested: input.identityProtectionRequested ?? false,
    });
    if (!online.allowed) {
      throw new DomainError('RULE_VIOLATION', online.message, [
        { field: 'form', issue: online.issue, message: online.message, source: online.source },
      ]);
    }
  }
  const problems: ErrorDetail[] = [];
  const representatives = input.visitors.filter((v) => v.role === 'representative').length;
  const crowd = checkRepresentatives(ruleSet, input.peopleCount, representatives);
  if (!crowd.ok && crowd.required) {
    problems.push({
      field: 'visitors',
      issue: 'representatives',
      message: crowd.message,
      minRepresentatives: crowd.minRepresentatives,
      maxRepresentatives: crowd.maxRepresentatives,
      source: crowd.source,
    });
  }
  input.visitors.forEach((v, i) => {
    const name = v.kind === 'organisation' ? v.identity.organisationName : v.identity.fullName;
    if (!name?.trim()) {
      problems.push({
        field: `visitors.${i}.identity.${v.kind === 'organisation' ? 'organisationName' : 'fullName'}`,
        issue: 'required',
        message: 'Người đến phải nêu rõ họ tên (Điều 25 Luật Tiếp công dân).',
      });
    }
  });
  if (input.visitors.length > input.peopleCount) {
    problems.push({
      field: 'peopleCount',
      issue: 'fewer_than_listed',
      message: 'Số người đến không được ít hơn số người được ghi tên.',
    });
  }
  const headsReception = input.type !== 'regular';
  if (headsReception && !input.leaderPresence) {
    problems.push({
      field: 'leaderPresence',
      issue: 'required',
      message: 'Tiếp định kỳ, đột xuất: ghi rõ người đứng đầu trực tiếp tiếp hay ủy quyền.',
    });
  }
  if (!headsReception && input.leaderPresence) {
    problems.push({
      field: 'leaderPresence',
      issue: 'not_applicable',
      message: 'Tiếp thường xuyên không ghi việc người đứng đầu tiếp trực tiếp hay ủy quyền.',
    });
  }
  const mayHoldDenunciation = input.contentKind === 'denunciation' || input.contentKind === 'mixed';
  if (input.identityProtectionRequested && !mayHoldDenunciation) {
    problems.push({
      field: 'identityProtectionRequested',
      issue: 'not_a_denunciation',
      message: 'Chỉ người tố cáo mới yêu cầu bảo vệ danh tính (Điều 47 Luật Tố cáo).',
    });
  }
  if (problems.length > 0) throw new ValidationFailedError(problems);
}
