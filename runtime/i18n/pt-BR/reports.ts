/** The compliance report's words in pt-BR. */
import type { TargetKind } from '../../model.js';
import type { ReportLabels } from '../report-labels.js';
import { documents } from './documents.js';

export const reports: ReportLabels = {
    title: 'Relatório de cumprimento do nível de serviço',
    range: (from, to) => `De ${from} a ${to}`,
    preamble: (zone, asOf) => `Períodos e horários em ${zone}. Os chamados são avaliados em ${asOf ?? 'fim do histórico'}.`,
    localTimes: (zone) => `Horários escritos sem deslocamento UTC foram lidos em ${zone}.`,
    skipped: (n) => `${n} linha${n === 1 ? ' inválida ficou' : 's inválidas ficaram'} fora do histórico; estão listadas no fim.`,
    trend: 'Evolução por período',
    trendNote: 'Uma linha por objetivo; sua meta é a linha tracejada da mesma cor. Um período sem dados deixa uma lacuna.',
    scoreAxis: 'Nota', minutesAxis: 'Minutos de indisponibilidade',
    partial: 'período parcial',
    objective: documents.objective, target: documents.target, achieved: 'Alcançado', tickets: 'Chamados', met: 'Cumprido',
    yes: 'Sim', no: 'Não', noData: 'sem dados',
    breaches: 'Descumprimentos', noBreaches: 'Nenhum prazo foi descumprido neste período.',
    ticket: 'Chamado', category: documents.category, channel: documents.channel,
    targetKind: { response: documents.response, resolution: documents.resolution }, due: 'Vence', fulfilled: 'Cumprido em',
    stillOpen: 'ainda aberto', lateBy: 'Atraso', paused: 'Em pausa',
    credits: (amount, percent) => `Créditos devidos: ${amount} (${percent} da mensalidade do período)`,
    capped: (caps) => `Reduzido pelo teto ${caps}.`,
    cap: { month: 'mensal', quarter: 'trimestral', year: 'anual' },
    kind: 'Tipo', of: 'Referente a', amount: 'Valor', percentOfFee: '% da mensalidade',
    penaltyKind: { tier: 'Faixa', fine: 'Multa', perBreach: 'Por descumprimento', downtime: 'Indisponibilidade' },
    open: 'Chamados abertos no fim: lista de alertas', noOpen: 'Nenhum chamado aberto.', opened: 'Aberto', next: 'Próximo descumprimento',
    overdue: (what, late) => `${what} vencido há ${late}`,
    nextDue: (what, due, left) => `${what} vence ${due ?? '(em pausa)'}, restam ${left} de horário`,
    noTargetPending: 'nenhum prazo pendente',
    skippedRows: 'Linhas deixadas fora do histórico',
    rules: 'Como se conta',
    countingRules: [
        'Um prazo é cumprido no prazo quando atendido até o seu instante de vencimento (o relógio do contrato, pausas incluídas).',
        'É contado no período que contém o instante em que foi decidido: o cumprimento, se cumprido; o vencimento, se descumprido (um descumprimento conta mesmo com o chamado ainda aberto); não é contado se esse instante está fora do intervalo.',
        'Os chamados são avaliados no fim do intervalo, ou do histórico se ele termina antes; um prazo ainda pendente então não é contado.',
        'A disponibilidade de um período é 1 − indisponibilidade / a duração real do período; as quedas são unidas e recortadas ao período, e a indisponibilidade dentro do calendário excluído do objetivo não conta.',
        'Um objetivo sem dados em um período (nenhum chamado decidido, sem registro de quedas, sem essa coluna) não tem valor; nenhum é inventado.',
        'Créditos: a pior faixa ou multa de cada objetivo (os medidos pela duração do período), mais as penalidades por descumprimento e por indisponibilidade, depois o teto do período e depois o teto anual.',
    ],
};
