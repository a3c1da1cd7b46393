import { Module } from '@nestjs/common';
import { CaseCommands } from './case-commands.service';
import { CaseQueries } from './case-queries.service';
import { CasesController } from './cases.controller';

@Module({
  controllers: [CasesController],
  providers: [CaseQueries, CaseCommands],
  exports: [CaseQueries, CaseCommands],
})
export class CasesModule {}
