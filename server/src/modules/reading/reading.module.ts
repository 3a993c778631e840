import { Module } from '@nestjs/common';
import { ThreadsModule } from '../threads/threads.module';
import { ReadingRepository } from './reading.repository';
import { ReadingResolver } from './reading.resolver';
import { ThreadReadsService } from './thread-reads.service';
import { ThreadViewsService } from './thread-views.service';

/** Who read what: thread view counts (buffered, one per person per thread per hour) and members' read markers. */
@Module({
  imports: [ThreadsModule],
  providers: [ReadingRepository, ThreadViewsService, ThreadReadsService, ReadingResolver],
  exports: [ThreadViewsService],
})
export class ReadingModule {}
