/** Small word helpers the languages' document labels share. */

/** "a, b and c" in the locale's words. */
export function joinAnd(items: string[], and: string): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
