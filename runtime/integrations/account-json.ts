/**
 * Reading what a help desk's API returned, for conformance: checked field by field, so a wrong file gets a
 * message that names the place ("expected a string at schedules[0].time_zone"), never a crash.
 */
import type { MessageKey } from '../i18n/catalogue.js';

export type ShapeKey = Extract<MessageKey, `shape${string}`>;

export class AccountShapeError extends Error {
    constructor(
        readonly path: string,
        /** What was expected there, as a catalogue key ("a text", "a number"). */
        readonly expected: ShapeKey,
    ) {
        super(`expected ${expected} at ${path}`);
        this.name = 'AccountShapeError';
    }
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function obj(value: unknown, path: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AccountShapeError(path, 'shapeObject');
    return value as Record<string, unknown>;
}

export function arr(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) throw new AccountShapeError(path, 'shapeArray');
    return value;
}

export function str(value: unknown, path: string): string {
    if (typeof value !== 'string') throw new AccountShapeError(path, 'shapeString');
    return value;
}

export function num(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new AccountShapeError(path, 'shapeNumber');
    return value;
}

export function bool(value: unknown, path: string): boolean {
    if (typeof value !== 'boolean') throw new AccountShapeError(path, 'shapeBoolean');
    return value;
}

export function optional<T>(value: unknown, read: (v: unknown) => T): T | undefined {
    return value === undefined || value === null ? undefined : read(value);
}
