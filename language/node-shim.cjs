// Langium 4.3+ depends on chevrotain 12/13, which calls Object.groupBy (added in Node 21).
// Pacto supports Node 20.10+, so every entry point (CLI, language server, langium-cli, tests)
// loads this file before chevrotain. It only fills in what the running Node lacks.
'use strict';
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value: function groupBy(items, keyOf) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        },
    });
}
if (typeof Map.groupBy !== 'function') {
    Object.defineProperty(Map, 'groupBy', {
        configurable: true,
        writable: true,
        value: function groupBy(items, keyOf) {
            const groups = new Map();
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                const group = groups.get(key);
                if (group) group.push(item); else groups.set(key, [item]);
            }
            return groups;
        },
    });
}
