import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ForumEntity } from './entities/forum.entity';
import { ForumImportsService } from './forum-imports.service';
import { ForumsResolver } from './forums.resolver';
import { ForumsRepository } from './forums.repository';
import { ForumsService } from './forums.service';

@Module({
  imports: [TypeOrmModule.forFeature([ForumEntity])],
  providers: [ForumsRepository, ForumsService, ForumImportsService, ForumsResolver],
  exports: [ForumsService, ForumImportsService],
})
export class ForumsModule {}
