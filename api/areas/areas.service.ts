import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { fetchPage, type ListSpec, type Page, parseListQuery } from '../common/list-query';
import { School } from '../schools/school.entity';
import { Area, type AreaKind } from './area.entity';

/** An area with the size of its district share. */
export interface AreaView {
  id: string;
  name: string;
  kind: AreaKind;
  schoolCount: number;
  studentCount: number;
}

const AREA_LIST: ListSpec = {
  sortable: { id: 'area.id', name: 'area.name', kind: 'area.kind' },
  defaultSort: { field: 'name', order: 'ASC' },
  filters: { id: 'area.id', kind: 'area.kind' },
  search: ['area.name', 'area.id'],
};

/**
 * Areas are the district's public directory: every signed-in role may read all of them. Processes
 * scoped to an area check their own records.
 */
@Injectable()
export class AreasService {
  constructor(
    @InjectRepository(Area) private readonly areas: Repository<Area>,
    @InjectRepository(School) private readonly schools: Repository<School>,
  ) {}

  async list(_user: AuthenticatedUser, query: Record<string, unknown>): Promise<Page<AreaView>> {
    const list = parseListQuery(query, AREA_LIST);
    const page = await fetchPage(this.areas.createQueryBuilder('area'), list, AREA_LIST);

    return { rows: await this.withCounts(page.rows), total: page.total };
  }

  async get(_user: AuthenticatedUser, id: string): Promise<AreaView> {
    const area = await this.areas.findOneBy({ id });
    if (!area) throw new NotFoundException(`Area "${id}" not found: list areas with GET /api/areas.`);

    const [view] = await this.withCounts([area]);

    return view;
  }

  private async withCounts(areas: Area[]): Promise<AreaView[]> {
    if (areas.length === 0) return [];

    const counts = await this.schools
      .createQueryBuilder('school')
      .select('school.areaId', 'areaId')
      .addSelect('count(*)::int', 'schoolCount')
      .addSelect('coalesce(sum(school.studentCountTotal), 0)::int', 'studentCount')
      .where('school.areaId IN (:...ids)', { ids: areas.map((area) => area.id) })
      .groupBy('school.areaId')
      .getRawMany<{ areaId: string; schoolCount: number; studentCount: number }>();
    const byArea = new Map(counts.map((count) => [count.areaId, count]));

    return areas.map((area) => ({
      id: area.id,
      name: area.name,
      kind: area.kind,
      schoolCount: byArea.get(area.id)?.schoolCount ?? 0,
      studentCount: byArea.get(area.id)?.studentCount ?? 0,
    }));
  }
}
