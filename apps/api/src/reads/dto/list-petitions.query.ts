import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CONTENT_KINDS } from '@kntc/domain';
import type { PetitionListFilter } from '@kntc/workflow';
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

export class ListPetitionsQuery {
  @PageLimit()
  limit: number = DEFAULT_PAGE;

  @Cursor()
  cursor?: string;

  @ApiPropertyOptional({ enum: CONTENT_KINDS, description: 'Only đơn classified with this content kind.' })
  @IsOptional()
  @IsIn(CONTENT_KINDS)
  contentKind?: string;

  @StateFilter()
  state?: string;

  @AuthorityFilter()
  holderAuthorityId?: string;

  @SubjectAreaFilter()
  subjectArea?: string;

  @CivilDate('Received on or after this date (Vietnam).')
  receivedFrom?: string;

  @CivilDate('Received on or before this date (Vietnam).')
  receivedTo?: string;

  @CivilDate('Earliest running due date on or after this date.')
  dueFrom?: string;

  @CivilDate('Earliest running due date on or before this date.')
  dueTo?: string;

  @QueryBoolean('true: overdue (earliest running due date before today in Vietnam); false: not overdue.')
  overdue?: boolean;

  @TextFilter()
  q?: string;

  @QueryBoolean('true: only đơn that bounced back to an authority that had held them (đá bóng); false: the others.')
  bounced?: boolean;
}

export function petitionFilterOf(q: ListPetitionsQuery): PetitionListFilter {
  return {
    contentKind: q.contentKind,
    state: q.state,
    holderAuthorityId: q.holderAuthorityId,
    subjectArea: q.subjectArea,
    receivedFrom: q.receivedFrom,
    receivedTo: q.receivedTo,
    dueFrom: q.dueFrom,
    dueTo: q.dueTo,
    overdue: q.overdue,
    text: q.q,
    bounced: q.bounced,
  };
}
