import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { TotalCountInterceptor } from '../common/total-count.interceptor';
import { AreasService } from './areas.service';

@ApiTags('areas')
@ApiBearerAuth()
@Controller('areas')
export class AreasController {
  constructor(private readonly areas: AreasService) {}

  @Get()
  @UseInterceptors(TotalCountInterceptor)
  @ApiOperation({ summary: 'List areas (json-server conventions: _start, _end, _sort, _order, q, id, kind; total in X-Total-Count)' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: Record<string, unknown>) {
    return this.areas.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Show one area with its school and student counts' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.areas.get(user, id);
  }
}
