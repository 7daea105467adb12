import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUTHORITY_LEVELS, type AuthorityLevel } from '@kntc/domain';
import { SUCCESSION_KINDS, type SuccessionKind } from '@kntc/persistence';
import type { AuthorityNode, AuthorityTreeNode, SuccessionLink } from '@kntc/access';

export class SuccessionLinkDto {
  @ApiProperty({ format: 'uuid', description: 'The authority at the other end of the succession.' })
  authorityId!: string;

  @ApiProperty({ description: 'Its code.' })
  code!: string;

  @ApiProperty({ description: 'Its name (Vietnamese).' })
  name!: string;

  @ApiProperty({
    enum: SUCCESSION_KINDS,
    description:
      'merged (hợp nhất, sáp nhập), split (chia tách), renamed (đổi tên), competence_transferred (giải thể, chuyển giao thẩm quyền).',
  })
  kind!: SuccessionKind;

  @ApiProperty({ format: 'date', description: 'First day the successor took over.' })
  effectiveOn!: string;

  @ApiProperty({ description: 'The act that ordered the reorganisation.' })
  legalBasis!: string;
}

export class AuthorityNodeDto {
  @ApiProperty({ format: 'uuid', description: 'Authority id.' })
  id!: string;

  @ApiProperty({ example: 'UBND-XA-A', description: 'Short stable code, unique.' })
  code!: string;

  @ApiProperty({ example: 'UBND xã A', description: 'Name (Vietnamese).' })
  name!: string;

  @ApiProperty({ enum: AUTHORITY_LEVELS, enumName: 'AuthorityLevel', description: 'Level (cấp).' })
  level!: AuthorityLevel;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Parent authority; null for a root.' })
  parentId!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Official administrative-unit code (mã đơn vị hành chính), where one exists.',
  })
  adminUnitCode!: string | null;

  @ApiProperty({ description: 'Vùng sâu, vùng xa: longer statutory periods for matters it resolves.' })
  remote!: boolean;

  @ApiProperty({ format: 'date', description: 'First day it exists.' })
  validFrom!: string;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'First day it no longer exists (exclusive); null while it exists.',
  })
  validUntil!: string | null;

  @ApiProperty({ type: [SuccessionLinkDto], description: 'Authorities that took over from it in a reorganisation.' })
  successors!: SuccessionLinkDto[];

  @ApiProperty({ type: [SuccessionLinkDto], description: 'Authorities it took over from.' })
  predecessors!: SuccessionLinkDto[];

  @ApiPropertyOptional({
    type: () => [AuthorityNodeDto],
    description: 'Tree shape only: the children, by name (flat lists and single reads have none).',
  })
  children?: AuthorityNodeDto[];
}

export class AuthorityListDto {
  @ApiProperty({ enum: ['flat', 'tree'], description: 'Shape of `items`.' })
  shape!: 'flat' | 'tree';

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The day the tree was asked for; null: every authority, past and present.',
  })
  on!: string | null;

  @ApiProperty({
    type: [AuthorityNodeDto],
    description:
      'Flat: every authority, by code. Tree: the roots, each with its children; an authority whose parent is not listed (not existing that day, or outside rootId) is a root.',
  })
  items!: AuthorityNodeDto[];
}

const link = (l: SuccessionLink): SuccessionLinkDto => ({ ...l });

export function toAuthorityNodeDto(n: AuthorityNode): AuthorityNodeDto {
  return {
    id: n.id,
    code: n.code,
    name: n.name,
    level: n.level,
    parentId: n.parentId,
    adminUnitCode: n.adminUnitCode,
    remote: n.remote,
    validFrom: n.validFrom,
    validUntil: n.validUntil,
    successors: n.successors.map(link),
    predecessors: n.predecessors.map(link),
  };
}

export function toAuthorityTreeDto(n: AuthorityTreeNode): AuthorityNodeDto {
  return { ...toAuthorityNodeDto(n), children: n.children.map(toAuthorityTreeDto) };
}
