import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { TotalCountInterceptor } from '../common/total-count.interceptor';
import { CaseCommands } from './case-commands.service';
import { CaseQueries } from './case-queries.service';
import { CreateCaseDto } from './create-case.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly queries: CaseQueries,
    private readonly commands: CaseCommands,
  ) {}

  @Get()
  @UseInterceptors(TotalCountInterceptor)
  @ApiOperation({ summary: 'List cases in your scope (filters: stage, areaId, schoolId, status, slaState, q; sort: dueAt, daysWaiting, …)' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: Record<string, unknown>) {
    return this.queries.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One case with its stages, timeline, escalations and the actions you may take now' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.queries.get(user, id);
  }

  @Post()
  @ApiOperation({ summary: "Open a referral for your own school (principals); it starts in school_referral" })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateCaseDto) {
    return this.commands.create(user, body);
  }

  @Post('import')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'reference,school_id,student_name,student_local_id,student_grade,incident_date,incident,interventions_tried,stage,stage_entered_at' } })
  @ApiOperation({ summary: 'Import cases already under way (central office), each in its real stage since its real entry date' })
  importCases(@CurrentUser() user: AuthenticatedUser, @Body() body: unknown) {
    return this.commands.importCsv(user, body);
  }

  @Post(':id/actions/:action')
  @HttpCode(200)
  @ApiBody({ schema: { type: 'object', description: 'The data the action takes, such as {"reason": "…"} or {"hearingAt": "2027-01-15T09:00:00-06:00"}' } })
  @ApiOperation({ summary: 'Take an action: 404 outside your scope, 403 wrong role, 409 wrong stage, 422 invalid data' })
  act(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Param('action') action: string, @Body() data: Record<string, unknown>) {
    return this.commands.act(user, id, action, data);
  }
}
