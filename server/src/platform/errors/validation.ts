import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ValidateIf } from 'class-validator';
import { BadUserInputError } from './domain-error';

/** Depth-first: the first leaf constraint failure, with its dotted path below the input object. */
function firstFailure(errors: ValidationError[], prefix = ''): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const message = Object.values(error.constraints)[0];
      return { field, message };
    }
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Validates what clients send (GraphQL arguments, REST bodies and queries) and nothing else: a resolver's parent,
 * context and info are the server's own objects. As a global pipe it runs for every parameter of every field
 * resolver, and validating (and copying) each parent object was a share of the thread page's CPU (issue 12).
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type: string = metadata.type;
    if (type === 'root' || type === 'context' || type === 'info') return value;
    return super.transform(value, metadata);
  }
}

/** class-validator failures become BAD_USER_INPUT naming the field (e.g. `password`). */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const failure = firstFailure(errors) ?? { field: 'input', message: 'Invalid input' };
      return new BadUserInputError(failure.field, failure.message);
    },
  });
}

/**
 * For optional input fields where null means nothing ("leave the title as it is" is leaving it out): left out is
 * fine, an explicit null is checked like any value and so refused by the field's type check, naming the field.
 * (With @IsOptional a null slipped through to the services and became an internal error.)
 */
export function OmitOrGive(): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined);
}
