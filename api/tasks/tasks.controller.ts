import { Controller, Get, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { TotalCountInterceptor } from '../common/total-count.interceptor';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @UseInterceptors(TotalCountInterceptor)
  @ApiOperation({ summary: 'What you owe now, across cases: actions waiting on you and escalations to acknowledge' })
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.tasks.list(user);
  }
}
