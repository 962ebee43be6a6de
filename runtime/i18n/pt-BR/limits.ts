/** pt-BR messages of bounded work: horizons, budgets, encodings, sizes. */
import type { Messages } from '../template.js';
import type { limits as en } from '../en/limits.js';

export const limits: Messages<typeof en> = {
    horizonInstant: '{instant} está fora dos anos com que o Pacto calcula ({first} a {last}).',
    horizonDeadline: 'Venceria depois de {limit}, mais de {years} anos após {origin}: o Pacto não calcula nada além desse horizonte.',
    horizonSpan: 'O intervalo a partir de {origin} passa de {limit}, mais de {years} anos: o Pacto não mede intervalos além desse horizonte.',
    responseBeyondHorizon: '{contract} / {category}: o tempo de primeira resposta de {duration} venceria mais de {years} anos após {origin} (depois de {limit}); o Pacto não calcula prazos além desse horizonte.',
    resolutionBeyondHorizon: '{contract} / {category}: o prazo de resolução de {duration} venceria mais de {years} anos após {origin} (depois de {limit}); o Pacto não calcula prazos além desse horizonte.',
    responseEscalationBeyondHorizon: '{contract} / {category}: o escalonamento a {percent}% do tempo de primeira resposta dispararia mais de {years} anos após {origin} (depois de {limit}); o Pacto não calcula instantes além desse horizonte.',
    resolutionEscalationBeyondHorizon: '{contract} / {category}: o escalonamento a {percent}% do prazo de resolução dispararia mais de {years} anos após {origin} (depois de {limit}); o Pacto não calcula instantes além desse horizonte.',
    openedBeyondHorizon: 'o chamado é aberto em {opened}, mais de {years} anos após o início da vigência ({start}); o Pacto não calcula prazos além desse horizonte.',
    elapsedBeyondHorizon: 'de {from} a {to} são mais de {years} anos; o Pacto não mede intervalos além desse horizonte.',
    termBeyondHorizon: 'A vigência dura {span} anos e passa de {limit}: o Pacto calcula prazos, simulações e relatórios só até {years} anos após o início da vigência, então nada depois de {limit} é verificado nem calculado.',
    responseEscalationShouldFitTerm: 'Esta etapa de escalonamento a {percent}% do tempo de primeira resposta ({duration}) dispararia depois de toda a vigência do contrato ({start} a {end}): um chamado aberto no primeiro dia só escalaria com o contrato já encerrado.',
    resolutionEscalationShouldFitTerm: 'Esta etapa de escalonamento a {percent}% do prazo de resolução ({duration}) dispararia depois de toda a vigência do contrato ({start} a {end}): um chamado aberto no primeiro dia só escalaria com o contrato já encerrado.',
    checkCutShort: 'O Pacto interrompeu esta verificação: o cálculo de calendário deste arquivo chegou ao limite, então aqui a resposta não é conhecida. Encurte a vigência ou divida o arquivo.',
    answerCutShort: 'O Pacto parou após {ms} ms de cálculo de calendário, antes de ter uma resposta: os calendários precisariam de tabelas de muitos anos. Pergunte por um instante mais próximo da vigência do contrato.',
    handlingBeyondHorizon: 'cenário {scenario}: o tempo de atendimento de {category} ({hours} horas) passa de {years} anos, então nenhum chamado simulado poderia ser atendido dentro do horizonte; confira o número.',
    waitBeyondHorizon: 'cenário {scenario}: a espera do cliente em {category} ({hours} horas) passa de {years} anos, então nenhuma resposta simulada chegaria dentro do horizonte; confira o número.',
    periodBeyondHorizon: 'cenário {scenario}: o período passa de {years} anos, além do horizonte com que o Pacto calcula; simule um período mais curto.',
};
