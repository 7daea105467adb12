import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

export class PartyRevealParams {
  @ApiProperty({ format: 'uuid', description: 'Id of the đơn.' })
  @IsUUID()
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'Id of the party (a petitioner listed in the đơn’s `parties`).' })
  @IsUUID()
  partyId!: string;
}

export class VisitorRevealParams {
  @ApiProperty({ format: 'uuid', description: 'Id of the visit (lượt tiếp).' })
  @IsUUID()
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'Id of the person received (a `visitorId` of the visit’s `visitors`).' })
  @IsUUID()
  visitorId!: string;
}

export class RevealPartyDto {
  // Same limit as identity_reveal.reason.
  @ApiProperty({
    description:
      'Why you need the identity, as the reveal log will show it to inspectors (e.g. "Mời người tố cáo đến làm việc"). Write no identity here.',
    minLength: 3,
    maxLength: 500,
  })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  @Matches(/\S/, { message: 'Cần nêu lý do xem thông tin nhân thân.' })
  reason!: string;
}
