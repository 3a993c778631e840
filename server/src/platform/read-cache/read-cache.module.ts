import { Global, Module } from '@nestjs/common';
import { ContentVersionRepository } from './content-version.repository';
import { ReadCacheService } from './read-cache.service';

@Global()
@Module({ providers: [ContentVersionRepository, ReadCacheService], exports: [ReadCacheService] })
export class ReadCacheModule {}
