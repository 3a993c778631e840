import { ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** class-validator failures become BAD_USER_INPUT naming the field (e.g. `password`). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
