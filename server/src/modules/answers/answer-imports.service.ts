import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AnswersRepository } from './answers.repository';

/** What an importer writes into accepted answers, inside its own transaction (every method takes its EntityManager). */
@Injectable()
export class AnswerImportsService {
  constructor(private readonly answers: AnswersRepository) {}

  /**
   * The asker accepting each pair's answer when it was posted, by thread and post source keys (imported_from), where
   * both were imported and neither has an accepted answer yet; returns the threads that got one.
   */
  acceptImported(pairs: ReadonlyArray<{ threadKey: string; postKey: string }>, m: EntityManager, onBatch?: (rows: number) => void): Promise<string[]> {
    return this.answers.insertImported(pairs, m, onBatch);
  }
}
