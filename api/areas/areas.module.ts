import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { School } from '../schools/school.entity';
import { AreasController } from './areas.controller';
import { AreasService } from './areas.service';
import { Area } from './area.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Area, School])],
  controllers: [AreasController],
  providers: [AreasService],
  exports: [AreasService],
})
export class AreasModule {}
