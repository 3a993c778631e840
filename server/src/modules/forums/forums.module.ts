import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ForumEntity } from './entities/forum.entity';
import { ForumsResolver } from './forums.resolver';
import { ForumsService } from './forums.service';

@Module({
  imports: [TypeOrmModule.forFeature([ForumEntity])],
  providers: [ForumsService, ForumsResolver],
  exports: [ForumsService],
})
export class ForumsModule {}
