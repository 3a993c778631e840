import { Module } from '@nestjs/common';
import { ContentWorkers } from './content-workers.service';

/** Rendering and diffing of user text, off the event loop. */
@Module({ providers: [ContentWorkers], exports: [ContentWorkers] })
export class ContentModule {}
