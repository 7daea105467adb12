import { ApiProperty } from '@nestjs/swagger';
import type { DuplicateCandidatesView, DuplicateMatchView } from '@kntc/workflow';
import { AuthorityDto, toAuthorityDto } from './authority.dto';

export class DuplicateReasonDto {
  @ApiProperty({
    enum: ['same_id_number', 'same_name_address', 'similar_summary'],
    description:
      'Why it matched: same petitioner (by ID number, or name and address), or same subject area and a similar summary.',
  })
  kind!: string;

  @ApiProperty({ description: 'The reason in Vietnamese.' })
  label!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'For similar_summary: similarity of the summaries, 0–1.' })
  similarity!: number | null;
}

export class DuplicateCandidateDto {
  @ApiProperty({ enum: ['petition', 'case'], description: 'An open đơn or an open case.' })
  streamType!: string;

  @ApiProperty({ format: 'uuid', description: 'Id.' })
  id!: string;

  @ApiProperty({ description: 'Reference.' })
  code!: string;

  @ApiProperty({ description: 'Top-level state.' })
  state!: string;

  @ApiProperty({ description: 'Title of the state (Vietnamese).' })
  stateTitle!: string;

  @ApiProperty({ description: 'Subject area (lĩnh vực).' })
  subjectArea!: string;

  @ApiProperty({ type: [DuplicateReasonDto], description: 'Why it is a candidate (never the matched identity).' })
  reasons!: DuplicateReasonDto[];
}

export class DuplicateCandidatesDto {
  @ApiProperty({ format: 'uuid', description: 'The đơn the candidates are for.' })
  petitionId!: string;

  @ApiProperty({ type: AuthorityDto, description: 'The authority whose open đơn and cases were searched.' })
  searchedAuthority!: AuthorityDto;

  @ApiProperty({ type: [DuplicateCandidateDto], description: 'Candidates, strongest first (at most 50).' })
  candidates!: DuplicateCandidateDto[];
}

const toCandidateDto = (c: DuplicateMatchView): DuplicateCandidateDto => ({
  streamType: c.streamType,
  id: c.id,
  code: c.code,
  state: c.state,
  stateTitle: c.stateTitle,
  subjectArea: c.subjectArea,
  reasons: c.reasons.map((r) => ({ kind: r.kind, label: r.label, similarity: r.similarity })),
});

export const toDuplicateCandidatesDto = (v: DuplicateCandidatesView): DuplicateCandidatesDto => ({
  petitionId: v.petitionId,
  searchedAuthority: toAuthorityDto(v.searchedAuthority),
  candidates: v.candidates.map(toCandidateDto),
});
