import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Area } from '../areas/area.entity';

export const SCHOOL_CATEGORIES = ['ES', 'MS', 'HS'] as const;
export type SchoolCategory = (typeof SCHOOL_CATEGORIES)[number];

/** A school as the CPS School Profile file describes it; `id` is its CPS `School_ID`. */
@Entity({ name: 'schools' })
export class School {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Index()
  @Column({ name: 'area_id', type: 'text' })
  areaId!: string;

  @ManyToOne('Area', 'schools', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_id' })
  area?: Area;

  @Column({ name: 'short_name', type: 'text' })
  shortName!: string;

  @Index()
  @Column({ name: 'long_name', type: 'text' })
  longName!: string;

  /** `ES`, `MS` or `HS` (the file's `Primary_Category`). */
  @Index()
  @Column({ name: 'primary_category', type: 'text' })
  primaryCategory!: SchoolCategory;

  /** Compact grade range, such as `PK,K-8`. */
  @Column({ name: 'grades_offered', type: 'text', default: '' })
  gradesOffered!: string;

  /** Every grade, such as `PK,K,1,2,3`. */
  @Column({ name: 'grades_offered_all', type: 'text', default: '' })
  gradesOfferedAll!: string;

  @Column({ name: 'student_count_total', type: 'integer', default: 0 })
  studentCountTotal!: number;

  @Column({ name: 'student_count_low_income', type: 'integer', default: 0 })
  studentCountLowIncome!: number;

  @Column({ name: 'student_count_special_ed', type: 'integer', default: 0 })
  studentCountSpecialEd!: number;

  @Column({ name: 'student_count_english_learners', type: 'integer', default: 0 })
  studentCountEnglishLearners!: number;

  @Column({ type: 'text', default: '' })
  address!: string;

  @Column({ type: 'text', default: '' })
  city!: string;

  @Column({ type: 'text', default: '' })
  state!: string;

  @Column({ type: 'text', default: '' })
  zip!: string;

  @Column({ type: 'text', default: '' })
  phone!: string;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  /** School year the profile describes, such as `School Year 2022-2023`. */
  @Column({ name: 'school_year', type: 'text', default: '' })
  schoolYear!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
