import { Module } from '@nestjs/common';
import { ContentWorkers } from './content-workers';

/** Rendering and diffing of user text, off the event loop. */
@Module({ providers: [ContentWorkers], exports: [ContentWorkers] })
export class ContentModule {}
