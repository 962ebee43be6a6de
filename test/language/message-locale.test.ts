import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { MessageLocale } from '../../language/message-locale.js';
import { createPactoServices } from '../../language/pacto-module.js';

describe('MessageLocale', () => {
    it('is English until set, and tells listeners of each change once', () => {
        const locale = new MessageLocale();
        const heard: string[] = [];
        const subscription = locale.onDidChange((l) => heard.push(l));
        expect(locale.get()).toBe('en');
        locale.set('es');
        locale.set('es');
        locale.set('pt-BR');
        subscription.dispose();
        locale.set('en');
        expect(heard).toEqual(['es', 'pt-BR']);
        expect(locale.current).toBe('en');
    });

    it('is one service per language container, English by default', () => {
        const { Pacto } = createPactoServices(EmptyFileSystem);
        expect(Pacto.i18n.MessageLocale.get()).toBe('en');
        expect(Pacto.i18n.MessageLocale).toBe(Pacto.i18n.MessageLocale);
    });
});
