import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A school year of the district: its first and last day of school, both inclusive. */
@Entity({ name: 'school_years' })
export class SchoolYear {
  /** Such as `2026-27`. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  /** First day of school, `YYYY-MM-DD`. */
  @Column({ name: 'first_day', type: 'date' })
  firstDay!: string;

  /** Last day of school, `YYYY-MM-DD`. */
  @Column({ name: 'last_day', type: 'date' })
  lastDay!: string;

  /** Origin of the row, such as `demo` or `ics:2026-27`. */
  @Column({ type: 'text', default: 'manual' })
  source!: string;
}
