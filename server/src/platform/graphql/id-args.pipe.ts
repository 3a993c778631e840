import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUuid } from '../database/uuid';
import { BadUserInputError } from '../errors/domain-error';

/**
 * For the ID arguments of mutations (`archiveForum(id:)`, `acceptAnswer(postId:)`, `reorderForums(ids:)`): a value
 * that is not a UUID is BAD_USER_INPUT naming the argument, like an input object's `@IsUUID` fields, and never
 * reaches a PostgreSQL uuid cast. A well-formed id that matches nothing stays NOT_FOUND. Queries that look a thing
 * up by id (`thread(id:)`, `post(id:)`, `user(id:)`) keep answering NOT_FOUND for any unknown id, malformed or not.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata) {
    const field = metadata.data ?? 'id';
    const values = Array.isArray(value) ? value : [value];
    if (!values.every(isUuid)) throw new BadUserInputError(field, Array.isArray(value) ? 'Every id must be a well-formed ID' : 'Not a well-formed ID');
    return value;
  }
}
