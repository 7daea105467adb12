import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import type { IdentityRevealRecord } from '@kntc/access';
import { USER_ROLES } from '@kntc/persistence';
import { CivilDate, DEFAULT_PAGE, PageLimit } from '../../reads/dto/query-fields';
import type { RevealLogPage } from '../reveal-log-page';

export class RevealLogQuery {
  @PageLimit()
  limit: number = DEFAULT_PAGE;

  @ApiPropertyOptional({
    description: 'Cursor from the previous page (`nextCursor`); omit for the first page. Oldest reveals come first.',
    example: '42',
  })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'cursor phải là nextCursor của trang trước.' })
  cursor?: string;

  @CivilDate('Reveals on or after this date (Vietnam).')
  from?: string;

  @CivilDate('Reveals on or before this date (Vietnam).')
  to?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Only reveals by users of this authority. Within your subtree (dissolved units included); any other authority gives an empty page.',
  })
  @IsOptional()
  @IsUUID()
  authorityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only reveals by this user.' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only reveals of parties of this đơn.' })
  @IsOptional()
  @IsUUID()
  petitionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only reveals of this party.' })
  @IsOptional()
  @IsUUID()
  partyId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only reveals of people received at this reception visit.' })
  @IsOptional()
  @IsUUID()
  visitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only reveals of this person received at a visit.' })
  @IsOptional()
  @IsUUID()
  visitorId?: string;
}

export class RevealLogEntryDto {
  @ApiProperty({ example: '42', description: 'Id of the log line (increasing).' })
  id!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The party whose identity was revealed (never the identity itself); null for a visitor.',
  })
  partyId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The đơn the party is on.' })
  petitionId!: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The person received at a visit whose identity was revealed; null for a party.',
  })
  visitorId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The visit (lượt tiếp) of that person.' })
  visitId!: string | null;

  @ApiProperty({ format: 'uuid', description: 'Who revealed it.' })
  userId!: string;

  @ApiProperty({ enum: USER_ROLES, description: 'Their role at the time.' })
  userRole!: string;

  @ApiProperty({ format: 'uuid', description: 'Their authority at the time.' })
  userAuthorityId!: string;

  @ApiProperty({ description: 'The reason they gave.' })
  reason!: string;

  @ApiProperty({ format: 'date-time', description: 'When.' })
  revealedAt!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Request id of the reveal (X-Request-Id), to find it in the logs.',
  })
  requestId!: string | null;
}

export class RevealLogDto {
  @ApiProperty({ type: [RevealLogEntryDto], description: 'Reveals, oldest first.' })
  items!: RevealLogEntryDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last.' })
  nextCursor!: string | null;
}

export const toRevealLogDto = (page: RevealLogPage<IdentityRevealRecord>): RevealLogDto => ({
  items: page.items.map((r) => ({
    id: r.id,
    partyId: r.partyId,
    petitionId: r.petitionId,
    visitorId: r.visitorId,
    visitId: r.visitId,
    userId: r.userId,
    userRole: r.userRole,
    userAuthorityId: r.userAuthorityId,
    reason: r.reason,
    revealedAt: r.revealedAt.toISOString(),
    requestId: r.requestId,
  })),
  nextCursor: page.nextCursor,
});
