import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { VISIT_FORMS, VISIT_TYPES, type VisitForm, type VisitType } from '@kntc/domain';
import { AuthorityFilter, CivilDate, Cursor, DEFAULT_PAGE, PageLimit } from '../../reads/dto/query-fields';

export class ListVisitsQuery {
  @CivilDate('Visits on or after this day (ngày tiếp).')
  from?: string;

  @CivilDate('Visits on or before this day.')
  to?: string;

  @ApiPropertyOptional({ enum: VISIT_TYPES, description: 'Only this type of reception.' })
  @IsOptional()
  @IsIn(VISIT_TYPES)
  type?: VisitType;

  @ApiPropertyOptional({ enum: VISIT_FORMS, description: 'Only in-person or online visits.' })
  @IsOptional()
  @IsIn(VISIT_FORMS)
  form?: VisitForm;

  @AuthorityFilter()
  authorityId?: string;

  @PageLimit()
  limit: number = DEFAULT_PAGE;

  @Cursor()
  cursor?: string;
}
