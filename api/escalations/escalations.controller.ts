import { Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { TotalCountInterceptor } from '../common/total-count.interceptor';
import { EscalationsService } from './escalations.service';

@ApiTags('escalations')
@ApiBearerAuth()
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Get()
  @UseInterceptors(TotalCountInterceptor)
  @ApiOperation({ summary: 'Escalations in your inbox (CAO: own area; central office: all); filters acknowledged, caseStatus, level, stage, areaId, caseId' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: Record<string, unknown>) {
    return this.escalations.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One escalation' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.escalations.get(user, id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge an escalation' })
  acknowledge(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.escalations.acknowledge(user, id);
  }
}
