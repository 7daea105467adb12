import { ApiProperty } from '@nestjs/swagger';
import { PARTY_KINDS, PARTY_ROLES } from '@kntc/persistence';
import type { RedactedParty } from '@kntc/access';
import type { CommandView, CustodyPeriodView, TimelineEntryView } from '@kntc/workflow';
import { AuthorityDto, toAuthorityDto, toOptionalAuthorityDto } from './authority.dto';

export class AllowedCommandDto {
  @ApiProperty({ example: 'classify', description: 'Machine event type to send.' })
  type!: string;

  @ApiProperty({ example: 'petition.classify', description: 'Access command it is (role permission).' })
  command!: string;

  @ApiProperty({ example: 'Phân loại đơn', description: 'Name of the command (Vietnamese).' })
  label!: string;

  @ApiProperty({ description: 'True when the machine allows this user to send it now.' })
  available!: boolean;

  @ApiProperty({
    type: [String],
    description: 'Why it is not available now (Vietnamese); empty when available.',
  })
  reasons!: string[];
}

export class TimelineEntryDto {
  @ApiProperty({ description: 'Position in the stream (1 = opening); the version after the event.' })
  seq!: number;

  @ApiProperty({ example: 'forward', description: 'Event type (`opened` for the first).' })
  type!: string;

  @ApiProperty({ format: 'date-time', description: 'When the step happened (legal time).' })
  occurredAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When it was recorded.' })
  recordedAt!: string;

  @ApiProperty({
    example: 'reception_officer',
    description: 'Role of the person who took the step (`system` for the engine).',
  })
  actorRole!: string;

  @ApiProperty({ example: 'Cán bộ tiếp công dân, xử lý đơn', description: 'The role in Vietnamese.' })
  actorRoleLabel!: string;

  @ApiProperty({
    type: AuthorityDto,
    nullable: true,
    description: 'Authority the actor worked for (null for the engine).',
  })
  actorAuthority!: AuthorityDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'Top-level state before (null for the opening).' })
  stateBefore!: string | null;

  @ApiProperty({ description: 'Top-level state after.' })
  stateAfter!: string;

  @ApiProperty({ description: 'Title of the state after (Vietnamese).' })
  stateAfterTitle!: string;

  @ApiProperty({ example: 'VN-2026-07', description: 'Rule set recorded on the event.' })
  ruleSetId!: string;

  @ApiProperty({ example: 'petition', description: 'Machine that processed the event.' })
  machineId!: string;

  @ApiProperty({ example: '1', description: 'Version of that machine.' })
  machineVersion!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The command payload as recorded (never an identity).',
  })
  payload!: Record<string, unknown>;
}

export class CustodyPeriodDto {
  @ApiProperty({ type: AuthorityDto, description: 'The authority that held the record.' })
  authority!: AuthorityDto;

  @ApiProperty({ format: 'date-time', description: 'From when.' })
  from!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Until when (null: holds it now).' })
  until!: string | null;

  @ApiProperty({
    example: 'receive',
    description: 'Event that moved the record there (`opened` for the first holder).',
  })
  reason!: string;

  @ApiProperty({ description: 'That event in Vietnamese.' })
  reasonLabel!: string;

  @ApiProperty({ type: AuthorityDto, nullable: true, description: 'The previous holder (null for the first).' })
  fromAuthority!: AuthorityDto | null;
}

/** A party as everyone sees it: role and flags only (Luật Tố cáo Art. 56.2). Never an identity. */
export class RedactedPartyDto {
  @ApiProperty({ format: 'uuid', description: 'Party id (to ask for a logged reveal, where the law allows one).' })
  partyId!: string;

  @ApiProperty({ format: 'uuid', description: 'The đơn the party signed or represents.' })
  petitionId!: string;

  @ApiProperty({ enum: PARTY_ROLES, enumName: 'PartyRole', description: 'Role on the đơn.' })
  role!: string;

  @ApiProperty({ enum: PARTY_KINDS, enumName: 'PartyKind', description: 'Individual or organisation.' })
  kind!: string;

  @ApiProperty({ description: 'Nặc danh: no identity was given.' })
  anonymous!: boolean;

  @ApiProperty({ description: 'Protected denouncer (identity revealed only as the law allows, each reveal logged).' })
  protected!: boolean;

  @ApiProperty({ example: 'Người tố cáo (được bảo vệ)', description: 'Vietnamese label built from role and flags.' })
  label!: string;
}

export const toAllowedCommandDto = (c: CommandView): AllowedCommandDto => ({
  type: c.type,
  command: c.command,
  label: c.label,
  available: c.available,
  reasons: [...c.reasons],
});

export const toTimelineEntryDto = (e: TimelineEntryView): TimelineEntryDto => ({
  seq: e.seq,
  type: e.type,
  occurredAt: e.occurredAt,
  recordedAt: e.recordedAt,
  actorRole: e.actorRole,
  actorRoleLabel: e.actorRoleLabel,
  actorAuthority: toOptionalAuthorityDto(e.actorAuthority),
  stateBefore: e.stateBefore,
  stateAfter: e.stateAfter,
  stateAfterTitle: e.stateAfterTitle,
  ruleSetId: e.ruleSetId,
  machineId: e.machineId,
  machineVersion: e.machineVersion,
  payload: e.payload,
});

export const toCustodyPeriodDto = (c: CustodyPeriodView): CustodyPeriodDto => ({
  authority: toAuthorityDto(c.authority),
  from: c.from,
  until: c.until,
  reason: c.reason,
  reasonLabel: c.reasonLabel,
  fromAuthority: toOptionalAuthorityDto(c.fromAuthority),
});

export const toRedactedPartyDto = (p: RedactedParty): RedactedPartyDto => ({
  partyId: p.partyId,
  petitionId: p.petitionId,
  role: p.role,
  kind: p.kind,
  anonymous: p.anonymous,
  protected: p.protected,
  label: p.label,
});
