import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { School } from '../schools/school.entity';

/** Kind of area: the numbered networks have a Chief Area Officer; the others group schools by governance. */
export const AREA_KINDS = ['network', 'charter', 'options', 'contract', 'other'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/** An area (CPS "network") of schools, led by a Chief Area Officer. */
@Entity({ name: 'areas' })
export class Area {
  /** Slug of the network name, such as `network-7` or `charter`; it is also part of the CAO's e-mail. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  /** Network name as the district writes it, such as `Network 7`. */
  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ type: 'text' })
  kind!: AreaKind;

  @OneToMany('School', 'area')
  schools?: School[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
