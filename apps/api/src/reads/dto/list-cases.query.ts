import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CASE_KINDS } from '@kntc/domain';
import type { CaseListFilter } from '@kntc/workflow';
import {
  AuthorityFilter,
  CivilDate,
  Cursor,
  DEFAULT_PAGE,
  PageLimit,
  QueryBoolean,
  StateFilter,
  SubjectAreaFilter,
  TextFilter,
} from './query-fields';

export class ListCasesQuery {
  @PageLimit()
  limit: number = DEFAULT_PAGE;

  @Cursor()
  cursor?: string;

  @ApiPropertyOptional({ enum: CASE_KINDS, description: 'Only cases of this kind.' })
  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: string;

  @StateFilter()
  state?: string;

  @AuthorityFilter()
  holderAuthorityId?: string;

  @SubjectAreaFilter()
  subjectArea?: string;

  @CivilDate('Originating đơn received on or after this date (Vietnam).')
  receivedFrom?: string;

  @CivilDate('Originating đơn received on or before this date (Vietnam).')
  receivedTo?: string;

  @CivilDate('Earliest running due date on or after this date.')
  dueFrom?: string;

  @CivilDate('Earliest running due date on or before this date.')
  dueTo?: string;

  @QueryBoolean('true: overdue (earliest running due date before today in Vietnam); false: not overdue.')
  overdue?: boolean;

  @TextFilter()
  q?: string;
}

export function caseFilterOf(q: ListCasesQuery): CaseListFilter {
  return {
    kind: q.kind,
    state: q.state,
    holderAuthorityId: q.holderAuthorityId,
    subjectArea: q.subjectArea,
    receivedFrom: q.receivedFrom,
    receivedTo: q.receivedTo,
    dueFrom: q.dueFrom,
    dueTo: q.dueTo,
    overdue: q.overdue,
    text: q.q,
  };
}
