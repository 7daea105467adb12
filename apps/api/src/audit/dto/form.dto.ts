import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FORM_CODES, type FormCode } from '@kntc/audit';
import { AuthorityBriefDto, IdentityFailureDto, KnowledgeDto, PeriodDto } from './report.dto';

export class FormCodeParams {
  @ApiProperty({ enum: FORM_CODES, description: 'The form: 01-TCD, 02-XLD, 03-GQKN, 04-GQTC or 05-KQTH.' })
  @IsIn(FORM_CODES)
  code!: FormCode;
}

export class FormInfoDto {
  @ApiProperty({ enum: FORM_CODES, description: 'Form code.' })
  code!: string;

  @ApiProperty({ example: 'Biểu số 03/GQKN', description: 'The form number as printed.' })
  number!: string;

  @ApiProperty({ description: 'Title as printed (Vietnamese).' })
  title!: string;
}

export class FormColumnDto {
  @ApiProperty({ description: 'Column number on the form.' })
  no!: number;

  @ApiProperty({ description: 'Heading (Vietnamese).' })
  heading!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Heading of the column group above it.' })
  group!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'How it is computed from other columns, e.g. 1=2+6+10.' })
  formula!: string | null;

  @ApiProperty({ description: 'false: the engine does not record this; its cells are null.' })
  available!: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'Why there is no data (Vietnamese).' })
  unavailableReason!: string | null;
}

export class FormRowDto {
  @ApiProperty({ description: 'STT: I, II… for level groups, 1, 2… for authorities, empty for the total.' })
  order!: string;

  @ApiProperty({ description: 'Row label (Vietnamese).' })
  label!: string;

  @ApiProperty({ enum: ['total', 'level', 'authority'], description: 'Kind of row.' })
  kind!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Authority of an authority row.' })
  authorityId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Its code.' })
  authorityCode!: string | null;

  @ApiProperty({
    type: 'array',
    items: { type: 'number', nullable: true },
    description: 'One value per column, in order (a percentage for ratio columns); null where there is no data.',
  })
  values!: (number | null)[];
}

export class FormTableDto {
  @ApiProperty({ type: FormInfoDto, description: 'Which form.' })
  form!: FormInfoDto;

  @ApiProperty({ type: PeriodDto, description: 'The period.' })
  period!: PeriodDto;

  @ApiProperty({ type: KnowledgeDto, description: 'The knowledge cut-off.' })
  knowledge!: KnowledgeDto;

  @ApiProperty({ type: AuthorityBriefDto, description: 'The reporting authority.' })
  root!: AuthorityBriefDto;

  @ApiProperty({ description: 'What the column layout is based on (Vietnamese).' })
  basisNote!: string;

  @ApiProperty({ type: [FormColumnDto], description: 'Numbered columns.' })
  columns!: FormColumnDto[];

  @ApiProperty({ type: [FormRowDto], description: 'Total, then each level group followed by its authorities.' })
  rows!: FormRowDto[];

  @ApiProperty({ type: [IdentityFailureDto], description: 'Failing identities of the tables the form uses.' })
  failedChecks!: IdentityFailureDto[];
}
