import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RevealedIdentity, RevealedVisitorIdentity } from '@kntc/access';

export class RevealedPartyIdentityDto {
  @ApiPropertyOptional({ description: 'Full name (họ và tên).' })
  fullName?: string;

  @ApiPropertyOptional({ description: 'Name of the organisation, for an organisation.' })
  organisationName?: string;

  @ApiPropertyOptional({ description: "Name of the organisation's legal representative." })
  representativeName?: string;

  @ApiPropertyOptional({ description: 'Address (địa chỉ).' })
  address?: string;

  @ApiPropertyOptional({ description: 'Identity number (số căn cước, số định danh cá nhân, hộ chiếu).' })
  idNumber?: string;

  @ApiPropertyOptional({ description: 'Phone number.' })
  phone?: string;

  @ApiPropertyOptional({ description: 'E-mail address.' })
  email?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Ids of stored scans of the handwriting or signature (bút tích).',
  })
  handwritingScanIds?: string[];
}

export class RevealedIdentityDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the party.' })
  partyId!: string;

  @ApiProperty({ format: 'uuid', description: 'Id of the đơn.' })
  petitionId!: string;

  @ApiProperty({
    type: RevealedPartyIdentityDto,
    description: 'The identity as recorded at intake. Keep it secret (Luật Tố cáo Art. 56.1); do not store it.',
  })
  identity!: RevealedPartyIdentityDto;

  @ApiProperty({
    description: 'A protected denouncer (Luật Tố cáo Art. 47): this reveal was recorded in the reveal log.',
  })
  protected!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Id of the reveal-log line written for this reveal (null when the party is not protected).',
  })
  revealId!: string | null;

  @ApiProperty({ description: 'The legal basis on which you may see it (Vietnamese, with the article).' })
  basis!: string;
}

export const toRevealedIdentityDto = (r: RevealedIdentity): RevealedIdentityDto => ({
  partyId: r.partyId,
  petitionId: r.petitionId,
  identity: { ...r.identity },
  protected: r.protected,
  revealId: r.revealId,
  basis: r.basis,
});

export class RevealedVisitorIdentityDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the person received.' })
  visitorId!: string;

  @ApiProperty({ format: 'uuid', description: 'Id of the visit.' })
  visitId!: string;

  @ApiProperty({
    type: RevealedPartyIdentityDto,
    description: 'The identity as written in the register. Keep it secret (NĐ 154/2026 Art. 12.2); do not store it.',
  })
  identity!: RevealedPartyIdentityDto;

  @ApiProperty({ description: 'Id of the reveal-log line written for this reveal (every visitor reveal is logged).' })
  revealId!: string;

  @ApiProperty({ description: 'The legal basis on which you may see it (Vietnamese, with the article).' })
  basis!: string;
}

export const toRevealedVisitorIdentityDto = (r: RevealedVisitorIdentity): RevealedVisitorIdentityDto => ({
  visitorId: r.visitorId,
  visitId: r.visitId,
  identity: { ...r.identity },
  revealId: r.revealId,
  basis: r.basis,
});
