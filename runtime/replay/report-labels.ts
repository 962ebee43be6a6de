/**
 * The words of the compliance report the customer receives (the PDF), in each supported locale. Words the
 * contract's own document already prints (objective, target, category, channel, response, resolution,
 * "page N of M") come from runtime/export/labels.ts, so that the report and the signed contract name things
 * alike; only what a contract never says lives here.
 */
import type { TargetKind } from '../model.js';
import { LABELS } from '../export/labels.js';
import type { SupportedLocale } from '../time/locales.js';

export interface ReportLabels {
    title: string;
    /** "From March 1, 2026 to May 31, 2026". */
    range: (from: string, to: string) => string;
    preamble: (zone: string, asOf: string | null) => string;
    localTimes: (zone: string) => string;
    skipped: (n: number) => string;
    trend: string;
    trendNote: string;
    /** Axis of a chart of objectives measured as a score or as minutes. */
    scoreAxis: string;
    minutesAxis: string;
    partial: string;
    objective: string; target: string; achieved: string; tickets: string; met: string;
    yes: string; no: string; noData: string;
    breaches: string; noBreaches: string;
    ticket: string; category: string; channel: string; targetKind: Record<TargetKind, string>; due: string; fulfilled: string;
    stillOpen: string; lateBy: string; paused: string;
    credits: (amount: string, percent: string) => string;
    capped: (caps: string) => string;
    cap: Record<'month' | 'quarter' | 'year', string>;
    kind: string; of: string; amount: string; percentOfFee: string;
    penaltyKind: Record<'tier' | 'fine' | 'perBreach' | 'downtime', string>;
    open: string; noOpen: string; opened: string; next: string;
    overdue: (what: string, late: string) => string;
    nextDue: (what: string, due: string | null, left: string) => string;
    noTargetPending: string;
    skippedRows: string;
    rules: string;
    countingRules: readonly string[];
}

const en: ReportLabels = {
    title: 'Service level compliance report',
    range: (from, to) => `From ${from} to ${to}`,
    preamble: (zone, asOf) => `Periods and times in ${zone}. Tickets are judged as of ${asOf ?? 'the end of the history'}.`,
    localTimes: (zone) => `Times written without a UTC offset were read in ${zone}.`,
    skipped: (n) => `${n} bad row${n === 1 ? ' was' : 's were'} left out of the history; they are listed at the end.`,
    trend: 'Trend over the periods',
    trendNote: 'One line per objective; its target is the dashed line of the same colour. A period without data leaves a gap.',
    scoreAxis: 'Score', minutesAxis: 'Minutes of downtime',
    partial: 'partial period',
    objective: LABELS.en.objective, target: LABELS.en.target, achieved: 'Achieved', tickets: 'Tickets', met: 'Met',
    yes: 'Yes', no: 'No', noData: 'no data',
    breaches: 'Breaches', noBreaches: 'No target was breached in this period.',
    ticket: 'Ticket', category: LABELS.en.category, channel: LABELS.en.channel,
    targetKind: { response: LABELS.en.response, resolution: LABELS.en.resolution }, due: 'Due', fulfilled: 'Fulfilled',
    stillOpen: 'still open', lateBy: 'Late by', paused: 'Paused',
    credits: (amount, percent) => `Credits owed: ${amount} (${percent} of the period's fee)`,
    capped: (caps) => `Lowered by the ${caps} cap.`,
    cap: { month: 'monthly', quarter: 'quarterly', year: 'yearly' },
    kind: 'Kind', of: 'For', amount: 'Amount', percentOfFee: '% of fee',
    penaltyKind: { tier: 'Tier', fine: 'Fine', perBreach: 'Per breach', downtime: 'Downtime' },
    open: 'Open tickets at the end: alert list', noOpen: 'No ticket is open.', opened: 'Opened', next: 'Next breach',
    overdue: (what, late) => `${what} overdue by ${late}`,
    nextDue: (what, due, left) => `${what} due ${due ?? '(paused)'}, ${left} of open time left`,
    noTargetPending: 'no target pending',
    skippedRows: 'Rows left out of the history',
    rules: 'How it is counted',
    countingRules: [
        'A target is on time when it is fulfilled at or before its due instant (the SLA clock of the contract, pauses included).',
        'It is counted in the period that holds the instant it was decided: its fulfilment if met, its due instant if breached (so a breach counts while the ticket is still open); not at all when that instant is outside the range.',
        'Tickets are judged as of the end of the range, or of the history when it ends earlier; a target still pending then is not counted.',
        "Availability of a period is 1 − downtime / the period's real length; outages are merged and clipped to the period, and downtime inside the objective's excluded calendar does not count.",
        'An objective without data in a period (no ticket decided, no outage log, no such column) has no value; none is invented.',
        "Credits: the worst tier or fine per objective (objectives measured per the period's length), plus per-breach and downtime penalties, then the period's cap, then the yearly cap.",
    ],
};

const es: ReportLabels = {
    title: 'Informe de cumplimiento del nivel de servicio',
    range: (from, to) => `Del ${from} al ${to}`,
    preamble: (zone, asOf) => `Períodos y horas en ${zone}. Los tickets se evalúan al ${asOf ?? 'final del historial'}.`,
    localTimes: (zone) => `Las horas escritas sin desfase UTC se leyeron en ${zone}.`,
    skipped: (n) => `${n} fila${n === 1 ? ' errónea quedó' : 's erróneas quedaron'} fuera del historial; se listan al final.`,
    trend: 'Evolución por período',
    trendNote: 'Una línea por objetivo; su meta es la línea discontinua del mismo color. Un período sin datos deja un hueco.',
    scoreAxis: 'Puntuación', minutesAxis: 'Minutos de indisponibilidad',
    partial: 'período parcial',
    objective: LABELS.es.objective, target: LABELS.es.target, achieved: 'Logrado', tickets: 'Tickets', met: 'Cumplido',
    yes: 'Sí', no: 'No', noData: 'sin datos',
    breaches: 'Incumplimientos', noBreaches: 'Ningún plazo se incumplió en este período.',
    ticket: 'Ticket', category: LABELS.es.category, channel: LABELS.es.channel,
    targetKind: { response: LABELS.es.response, resolution: LABELS.es.resolution }, due: 'Vence', fulfilled: 'Cumplido el',
    stillOpen: 'sigue abierto', lateBy: 'Retraso', paused: 'En pausa',
    credits: (amount, percent) => `Créditos adeudados: ${amount} (${percent} de la cuota del período)`,
    capped: (caps) => `Limitado por el tope ${caps}.`,
    cap: { month: 'mensual', quarter: 'trimestral', year: 'anual' },
    kind: 'Tipo', of: 'Por', amount: 'Importe', percentOfFee: '% de la cuota',
    penaltyKind: { tier: 'Tramo', fine: 'Multa', perBreach: 'Por incumplimiento', downtime: 'Indisponibilidad' },
    open: 'Tickets abiertos al final: lista de alertas', noOpen: 'No hay tickets abiertos.', opened: 'Abierto', next: 'Próximo incumplimiento',
    overdue: (what, late) => `${what} vencido hace ${late}`,
    nextDue: (what, due, left) => `${what} vence ${due ?? '(en pausa)'}, quedan ${left} de horario`,
    noTargetPending: 'ningún plazo pendiente',
    skippedRows: 'Filas dejadas fuera del historial',
    rules: 'Cómo se cuenta',
    countingRules: [
        'Un plazo se cumple a tiempo cuando se atiende en su instante de vencimiento o antes (el reloj del contrato, pausas incluidas).',
        'Se cuenta en el período que contiene el instante en que se decidió: su cumplimiento si se cumplió, su vencimiento si se incumplió (un incumplimiento cuenta aunque el ticket siga abierto); no se cuenta si ese instante cae fuera del rango.',
        'Los tickets se evalúan al final del rango, o del historial si termina antes; un plazo aún pendiente entonces no se cuenta.',
        'La disponibilidad de un período es 1 − indisponibilidad / la duración real del período; las caídas se unen y se recortan al período, y la indisponibilidad dentro del calendario excluido del objetivo no cuenta.',
        'Un objetivo sin datos en un período (ningún ticket decidido, sin registro de caídas, sin esa columna) no tiene valor; nunca se inventa.',
        'Créditos: el peor tramo o multa de cada objetivo (los medidos por la duración del período), más las penalidades por incumplimiento y por indisponibilidad, luego el tope del período y luego el tope anual.',
    ],
};

const ptBR: ReportLabels = {
    title: 'Relatório de cumprimento do nível de serviço',
    range: (from, to) => `De ${from} a ${to}`,
    preamble: (zone, asOf) => `Períodos e horários em ${zone}. Os chamados são avaliados em ${asOf ?? 'fim do histórico'}.`,
    localTimes: (zone) => `Horários escritos sem deslocamento UTC foram lidos em ${zone}.`,
    skipped: (n) => `${n} linha${n === 1 ? ' inválida ficou' : 's inválidas ficaram'} fora do histórico; estão listadas no fim.`,
    trend: 'Evolução por período',
    trendNote: 'Uma linha por objetivo; sua meta é a linha tracejada da mesma cor. Um período sem dados deixa uma lacuna.',
    scoreAxis: 'Nota', minutesAxis: 'Minutos de indisponibilidade',
    partial: 'período parcial',
    objective: LABELS['pt-BR'].objective, target: LABELS['pt-BR'].target, achieved: 'Alcançado', tickets: 'Chamados', met: 'Cumprido',
    yes: 'Sim', no: 'Não', noData: 'sem dados',
    breaches: 'Descumprimentos', noBreaches: 'Nenhum prazo foi descumprido neste período.',
    ticket: 'Chamado', category: LABELS['pt-BR'].category, channel: LABELS['pt-BR'].channel,
    targetKind: { response: LABELS['pt-BR'].response, resolution: LABELS['pt-BR'].resolution }, due: 'Vence', fulfilled: 'Cumprido em',
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

export const REPORT_LABELS: Record<SupportedLocale, ReportLabels> = { en, es, 'pt-BR': ptBR };
