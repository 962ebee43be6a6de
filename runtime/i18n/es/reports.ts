/** The compliance report's words in es. */
import type { TargetKind } from '../../model.js';
import type { ReportLabels } from '../report-labels.js';
import { documents } from './documents.js';

export const reports: ReportLabels = {
    title: 'Informe de cumplimiento del nivel de servicio',
    range: (from, to) => `Del ${from} al ${to}`,
    preamble: (zone, asOf) => `Períodos y horas en ${zone}. Los tickets se evalúan al ${asOf ?? 'final del historial'}.`,
    localTimes: (zone) => `Las horas escritas sin desfase UTC se leyeron en ${zone}.`,
    skipped: (n) => `${n} fila${n === 1 ? ' errónea quedó' : 's erróneas quedaron'} fuera del historial; se listan al final.`,
    trend: 'Evolución por período',
    trendNote: 'Una línea por objetivo; su meta es la línea discontinua del mismo color. Un período sin datos deja un hueco.',
    scoreAxis: 'Puntuación', minutesAxis: 'Minutos de indisponibilidad',
    partial: 'período parcial',
    objective: documents.objective, target: documents.target, achieved: 'Logrado', tickets: 'Tickets', met: 'Cumplido',
    yes: 'Sí', no: 'No', noData: 'sin datos',
    breaches: 'Incumplimientos', noBreaches: 'Ningún plazo se incumplió en este período.',
    ticket: 'Ticket', category: documents.category, channel: documents.channel,
    targetKind: { response: documents.response, resolution: documents.resolution }, due: 'Vence', fulfilled: 'Cumplido el',
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
