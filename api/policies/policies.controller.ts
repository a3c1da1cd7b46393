import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { PoliciesService } from './policies.service';

@ApiTags('sla-policies')
@ApiBearerAuth()
@Controller('sla-policies')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get(':process')
  @ApiOperation({ summary: "The process's current SLA policy" })
  get(@CurrentUser() user: AuthenticatedUser, @Param('process') process: string) {
    return this.policies.get(user, process);
  }

  @Put(':process')
  @ApiBody({ schema: { example: { stages: { area_review: { duration: '5 school_days', warningAt: 0.75 } }, centralOfficeAfter: '5 school_days' } } })
  @ApiOperation({ summary: 'Save a new policy version (central office); applies to stages entered afterwards' })
  put(@CurrentUser() user: AuthenticatedUser, @Param('process') process: string, @Body() body: Record<string, unknown>) {
    return this.policies.put(user, process, body);
  }
}
