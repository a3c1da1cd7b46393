import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { TotalCountInterceptor } from '../common/total-count.interceptor';
import { SchoolsService } from './schools.service';

@ApiTags('schools')
@ApiBearerAuth()
@Controller('schools')
export class SchoolsController {
  constructor(private readonly schools: SchoolsService) {}

  @Get()
  @UseInterceptors(TotalCountInterceptor)
  @ApiOperation({ summary: 'List schools (json-server conventions: _start, _end, _sort, _order, q, id, areaId, primaryCategory; total in X-Total-Count)' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: Record<string, unknown>) {
    return this.schools.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Show one school by its CPS School_ID' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.schools.get(user, id);
  }
}
