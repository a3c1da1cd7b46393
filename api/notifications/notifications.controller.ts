import { Controller, Get, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { TotalCountInterceptor } from '../common/total-count.interceptor';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @UseInterceptors(TotalCountInterceptor)
  @ApiOperation({ summary: 'Your in-app notifications (SLA warnings, escalations, legal-clock warnings), newest first' })
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.notifications.list(user);
  }
}
