import type { ValidationChecks } from 'langium';
import type { PactoAstType } from '../generated/ast.js';
import type { PactoServices } from '../pacto-module.js';

export class PactoValidator {
    constructor(_services: PactoServices) {}
}

export function registerValidationChecks(services: PactoServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.PactoValidator;
    const checks: ValidationChecks<PactoAstType> = {};
    registry.register(checks, validator);
}
