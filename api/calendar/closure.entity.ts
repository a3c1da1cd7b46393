import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A weekday on which the district's schools are closed, such as a holiday or a day of a break. */
@Entity({ name: 'closures' })
export class Closure {
  /** The closed day, `YYYY-MM-DD`. */
  @PrimaryColumn({ type: 'date' })
  day!: string;

  /** Reason shown to users, such as `Thanksgiving break`. */
  @Column({ type: 'text' })
  name!: string;

  /** Origin of the row, such as `demo` or `ics:2026-27`. Re-importing a source replaces only that source's rows. */
  @Column({ type: 'text', default: 'manual' })
  source!: string;
}
