import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AnalyticsService } from './analytics.service';

@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('expulsion')
  @ApiOperation({
    summary: 'Expulsion pipeline figures within your scope',
    description:
      'Open cases per stage (warning and breached counts), median and 90th-percentile calendar days of the stage visits completed in the last 365 days, ' +
      'open and breached cases per area, and the pipeline summary. Central office and the law office see the district, a CAO their area, a principal their school.',
  })
  @ApiForbiddenResponse({ description: 'School staff have no access to expulsion cases.' })
  expulsion(@CurrentUser() user: AuthenticatedUser) {
    return this.analytics.expulsion(user);
  }
}
