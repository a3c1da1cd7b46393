import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { fetchPage, type ListSpec, type Page, parseListQuery } from '../common/list-query';
import { School } from './school.entity';

/** A school with its area's name, as lists and pages show it. */
export type SchoolView = Omit<School, 'area' | 'createdAt' | 'updatedAt'> & { areaName: string };

const SCHOOL_LIST: ListSpec = {
  sortable: {
    id: 'school.id',
    longName: 'school.longName',
    shortName: 'school.shortName',
    areaId: 'school.areaId',
    primaryCategory: 'school.primaryCategory',
    studentCountTotal: 'school.studentCountTotal',
  },
  defaultSort: { field: 'longName', order: 'ASC' },
  filters: { id: 'school.id', areaId: 'school.areaId', primaryCategory: 'school.primaryCategory' },
  search: ['school.longName', 'school.shortName', 'school.id'],
};

/**
 * Schools are the district's public directory (the City of Chicago publishes the same file), so
 * every signed-in role may read all of them. Process records of a school are checked where they are read.
 */
@Injectable()
export class SchoolsService {
  constructor(@InjectRepository(School) private readonly schools: Repository<School>) {}

  async list(_user: AuthenticatedUser, query: Record<string, unknown>): Promise<Page<SchoolView>> {
    const list = parseListQuery(query, SCHOOL_LIST);
    const page = await fetchPage(this.schools.createQueryBuilder('school').leftJoinAndSelect('school.area', 'area'), list, SCHOOL_LIST);

    return { rows: page.rows.map(toSchoolView), total: page.total };
  }

  async get(_user: AuthenticatedUser, id: string): Promise<SchoolView> {
    const school = await this.schools.findOne({ where: { id }, relations: { area: true } });
    if (!school) throw new NotFoundException(`School "${id}" not found: the id is the CPS School_ID; search with GET /api/schools?q=<name>.`);

    return toSchoolView(school);
  }
}

function toSchoolView(school: School): SchoolView {
  const { area, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = school;

  return { ...fields, areaName: area?.name ?? school.areaId };
}
