import { ForbiddenException } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/**
 * Limits a query over process instances (alias `p`) to what the user may see: a principal their
 * school, a CAO their area, the law office and central office everything. School staff have no part
 * in expulsion cases and are refused.
 */
export function scopeCases<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, user: AuthenticatedUser): SelectQueryBuilder<T> {
  switch (user.role) {
    case 'central_office':
    case 'law_office':
      return builder;
    case 'cao':
      return builder.andWhere('p.area_id = :scopeAreaId', { scopeAreaId: user.areaId });
    case 'principal':
      return builder.andWhere('p.school_id = :scopeSchoolId', { scopeSchoolId: user.schoolId });
    case 'school_staff':
      throw new ForbiddenException('Expulsion cases are open to principals, CAOs, the law office and central office, not to school staff.');
  }
}
