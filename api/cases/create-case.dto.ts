import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

export class StudentDto {
  @ApiProperty({ description: 'Full name; kept in PostgreSQL only, never in Temporal' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: "The district's student id" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  localId!: string;

  @ApiProperty({ example: '8' })
  @IsString()
  @Matches(/^(PK|K|[1-9]|1[0-2])$/, { message: 'grade must be PK, K or 1 to 12' })
  grade!: string;
}

export class CreateCaseDto {
  @ApiProperty({ description: 'CPS School_ID of the referring school', example: '609958' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'schoolId must be a six-digit CPS School_ID, such as 609958' })
  schoolId!: string;

  @ApiProperty({ type: StudentDto })
  @ValidateNested()
  @Type(() => StudentDto)
  student!: StudentDto;

  @ApiProperty({ example: '2026-11-30', description: 'Date of the incident (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'incidentDate must be a date such as 2026-11-30' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'incidentDate must be a date such as 2026-11-30' })
  incidentDate!: string;

  @ApiProperty({ description: 'What happened' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  incident!: string;

  @ApiProperty({ description: 'Interventions the school tried before the referral' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  interventionsTried!: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'First day the student was out of school (starts the 10-school-day legal clock)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'suspensionStartedOn must be a date such as 2026-12-01' })
  suspensionStartedOn?: string;
}
