/** The contract documents' words in es. */
import type { BreachStep, HolidayType, Period, TargetKind } from '../../model.js';
import type { Frequency, Labels, Party, StepKind } from '../document-labels.js';
import { joinAnd, lowerFirst } from '../words.js';

const ES_PERIOD: Record<Period, string> = { day: 'día', week: 'semana', month: 'mes', quarter: 'trimestre', year: 'año' };

export const documents: Labels = {
    agreement: 'Acuerdo de nivel de servicio',
    page: (n, of) => `Página ${n} de ${of}`,
    sections: {
        parties: 'Partes y vigencia', definitions: 'Definiciones', services: 'Servicio', hours: 'Horario de atención',
        categories: 'Categorías de tickets y plazos', objectives: 'Objetivos de nivel de servicio', measurement: 'Cómo se mide cada objetivo',
        escalation: 'Escalamiento', escalationOnCall: 'Escalamiento y guardias', providerObligations: 'Obligaciones del proveedor',
        obligations: 'Obligaciones del cliente', breach: 'Procedimiento ante incumplimientos', penalties: 'Penalizaciones',
        termination: 'Terminación', reporting: 'Informes y revisiones', examples: 'Ejemplos de cálculo de plazos', signatures: 'Firmas',
    },
    provider: 'Proveedor', customer: 'Cliente', term: 'Vigencia', fee: 'Tarifa', identifier: 'Identificador del contrato',
    termText: (from, to) => `del ${from} al ${to}, ambos incluidos`,
    feeText: (money, period) => `${money} ${period === 'monthly' ? 'por mes' : 'por año'}`,
    notStated: 'no indicado',
    onCalendar: (c) => `según ${c}`,
    inHours: (c) => (/^horario\b/i.test(c) ? `en el ${lowerFirst(c)}` : `en el horario de ${c}`),

    definitionsIntro: 'En este acuerdo, los términos siguientes tienen el significado que aquí se les da.',
    categoryDefinitions: 'Categorías de tickets',

    clockNote: 'Las horas y los días hábiles solo corren mientras el calendario correspondiente está abierto (su horario semanal, '
        + 'menos sus feriados); los demás plazos corren de forma continua, incluidas noches, fines de semana y feriados.',
    calendar: 'Calendario', zone: 'Zona horaria', day: 'Día', hours: 'Horario', closed: 'Cerrado', always: 'En todo momento (24 horas, todos los días)',
    specialDays: 'Días especiales', date: 'Fecha', holiday: 'Feriado',
    noHolidays: 'Ningún feriado durante la vigencia.', declared: 'acordado',
    holidaySources: (sources, types, declared) => {
        const kinds = types.length ? `, incluidos ${joinAnd(types.map((t) => documents.holidayType[t]), 'y')}` : '';
        const of = sources.length ? `los feriados oficiales (${sources.join('; ')})${kinds}` : '';
        const agreed = declared ? 'los feriados acordados en este contrato' : '';
        return `Cerrado ${joinAnd([of, agreed].filter(Boolean).map((s) => `en ${s}`), 'y')}; las fechas se indican más abajo.`;
    },
    holidayType: { bank: 'los feriados bancarios', school: 'los feriados escolares', optional: 'los días no laborables opcionales', observance: 'las conmemoraciones' },
    holidayTag: { bank: 'feriado bancario', school: 'feriado escolar', optional: 'día no laborable opcional', observance: 'conmemoración' },
    holidaysInTerm: (c) => `Feriados durante la vigencia (cerrado): ${joinAnd(c, 'y')}`,
    channels: 'Canales', channel: 'Canal',

    priority: 'Prioridad', category: 'Categoría', response: 'Tiempo de primera respuesta', resolution: 'Plazo de resolución',
    viaChannel: (c) => `↳ por el canal ${c}`,
    categoryVia: (c, ch) => `${c} por el canal ${ch}`,

    objective: 'Objetivo', target: 'Meta', measured: 'Medición',
    periodAdjective: { day: 'diaria', week: 'semanal', month: 'mensual', quarter: 'trimestral', year: 'anual' },
    periodPlural: { day: 'días', week: 'semanas', month: 'meses', quarter: 'trimestres', year: 'años' },
    inAPeriod: { day: 'en un día', week: 'en una semana', month: 'en un mes', quarter: 'en un trimestre', year: 'en un año' },
    measureOnTime: (p, t, c, ch) => `${p} de las ${t === 'response' ? 'primeras respuestas' : 'resoluciones'} a tiempo${c ? ` (${c})` : ''}${ch ? `, por ${ch}` : ''}`,
    measureAvailability: (p, m) => `Disponibilidad de al menos ${p}${m ? `, sin contar las interrupciones durante ${m}` : ''}`,
    measureFirstContact: (p) => `Al menos ${p} de los tickets resueltos en el primer contacto`,
    measureSatisfaction: (s, of) => `Satisfacción media de al menos ${s} sobre ${of}`,
    measureDowntimeBudget: (b, m, share) => `Como máximo ${b} de interrupción${m ? `, sin contar las interrupciones durante ${m}` : ''} (en un mes de 30 días, una disponibilidad de ${share})`,
    measureSatisfactionShare: (p, mark, of) => `Al menos ${p} de valoraciones satisfechas (${mark} o más sobre ${of})`,
    allowedDowntime: (t) => `interrupción admitida en un mes de 30 días: ${t}`,
    objectiveNote: (o, t) => `${o}: ${t}`,

    measurementIntro: 'Para cada objetivo: el reloj con que se cronometran sus tickets, los hechos que lo ponen en marcha, lo pausan y lo detienen, '
        + 'qué se considera a tiempo y el período sobre el que se toma el resultado.',
    field: {
        tickets: 'Tickets', clock: 'Reloj', starts: 'Empieza', paused: 'Se pausa', stops: 'Termina', onTime: 'A tiempo', period: 'Período',
        measured: 'Se mide', notCounted: 'No se cuenta', met: 'Se cumple si',
    },
    ticketsOf: (c, ch) => `${c ? `Tickets de ${c}` : 'Tickets de todas las categorías'}${ch ? `, recibidos por ${ch}` : ', por cualquier canal'}.`,
    clockBusiness: (s, d, c, z) => `${s}: ${d} del calendario ${c} (${z}): solo cuenta el tiempo en que está abierto.`,
    clockBusinessDays: (s, d, n, c, z) => `${s}: ${d} del calendario ${c} (${z}): vence a la misma hora del ${n}.º día hábil siguiente.`,
    clockWall: (s, d) => `${s}: ${d} en tiempo corrido, incluidos noches, fines de semana y feriados.`,
    startsOnTime: 'Cuando se reporta el ticket. Si se reporta con el calendario cerrado, el tiempo hábil empieza a contar en la siguiente apertura.',
    pausedByReply: (r) => `Mientras el proveedor espera la respuesta del cliente a una solicitud (el cliente responde en un plazo de ${r}); se reanuda con la respuesta.`,
    notPaused: 'Nunca: ningún hecho lo pausa.',
    stops: {
        response: 'Con la primera respuesta al cliente, o con la resolución si llega antes.',
        resolution: 'Cuando se resuelve el ticket. Un ticket reabierto continúa con el tiempo que ya había consumido.',
    },
    onTimeRule: {
        response: 'Una primera respuesta dada en el instante de vencimiento o antes; después es tardía, aunque sea por un segundo.',
        resolution: 'Una resolución en el instante de vencimiento o antes; después es tardía, aunque sea por un segundo.',
    },
    eachPeriod: { day: 'cada día natural', week: 'cada semana, de lunes a domingo', month: 'cada mes natural', quarter: 'cada trimestre natural', year: 'cada año natural' },
    periodRule: (p, z, t) => `${p.charAt(0).toUpperCase()}${p.slice(1)}${z ? ` (hora de ${z})` : ''}${t ? ', sobre los tickets reportados en él' : ''}.`,
    onTimeMet: (p, t) => `Al menos el ${p} de las ${t === 'response' ? 'primeras respuestas' : 'resoluciones'} del período llegan a tiempo.`,
    availabilityClock: 'Tiempo corrido: cuenta cada minuto del período, incluidos noches, fines de semana y feriados.',
    availabilityMeasured: 'La parte del período en que el servicio está disponible.',
    downtimeMeasured: 'El tiempo total de interrupción del servicio en el período.',
    notCountedDuring: (h, w) => `Las interrupciones ${h} (${w}).`,
    nothingExcluded: 'Nada: cuenta toda interrupción.',
    availabilityMet: (p, a, b) => `La disponibilidad es de al menos ${p}: como máximo ${a} de interrupción en un mes de 30 días y ${b} en uno de 31 días.`,
    downtimeMet: (b, s) => `La interrupción no supera ${b}, sea cual sea la duración del mes (en un mes de 30 días, una disponibilidad de ${s}).`,
    firstContactMeasured: 'La parte de los tickets del período resueltos en el primer contacto, con la primera respuesta.',
    firstContactMet: (p) => `Al menos el ${p} de los tickets se resuelven en el primer contacto.`,
    satisfactionMeasured: (s) => `La media de las valoraciones que los clientes dan a los tickets del período, en una escala hasta ${s}.`,
    satisfactionMet: (v, s) => `La media es de al menos ${v} sobre ${s}.`,
    shareMeasured: (m, s) => `La parte de las valoraciones del período de ${m} o más sobre ${s} («satisfechas»).`,
    shareMet: (p) => `Al menos el ${p} de las valoraciones son satisfechas.`,

    escalationIntro: 'Mientras un ticket está abierto, se notifica a las siguientes personas a medida que se consume su plazo.',
    when: 'Cuándo', notify: 'Notificar a', contact: 'Contacto', categoriesColumn: 'Categorías', allCategories: 'Todas las categorías',
    atPercentOf: (p, t) => `Al ${p} del ${t === 'response' ? 'tiempo de primera respuesta' : 'plazo de resolución'}`,
    onCallNotify: (r) => `Quien esté de guardia (${r})`,
    onCallContact: 'según la rotación indicada más abajo',
    onCallHeading: (r) => `Rotación de guardia: ${r}`,
    rotationText: (r, s, z) => `Rotación ${r === 'daily' ? 'diaria' : r === 'weekly' ? 'semanal' : 'mensual'} desde el ${s}: cada persona está de guardia ${r === 'daily' ? 'un día' : r === 'weekly' ? 'una semana' : 'un mes'} por turno, en el orden siguiente, desde las 00:00 del primer día del turno${z ? ` (hora de ${z})` : ''}.`,
    person: 'Persona', turn: 'Turno', from: 'Desde', to: 'Hasta', onCall: 'De guardia',
    firstTurns: 'Los primeros turnos',

    designate: (r, h) => `Designar un contacto: ${r}${h ? `, disponible ${documents.inHours(h)}` : ''}.`,
    reply: (w, p) => `Responder a las solicitudes del proveedor en un plazo de ${w}${p ? '; mientras el proveedor espera la respuesta, el plazo del ticket se detiene' : ''}.`,
    demandNotice: (a, n) => `Avisar al proveedor con al menos ${n} de antelación de toda demanda superior al ${a} del volumen habitual.`,

    breachIntro: (r) => `Cuando se incumple un plazo, el proveedor sigue estos pasos, en este orden. Los plazos cuentan desde el incumplimiento${r ? ', salvo el aviso de la resolución, que cuenta desde la resolución' : ''}.`,
    breachStep: {
        notifyTeam: (d) => `Alertar al equipo del proveedor en un plazo de ${d}.`,
        notifyCustomer: (d) => `Informar al cliente del incumplimiento en un plazo de ${d}.`,
        act: (d) => `Actuar para corregirlo en un plazo de ${d}.`,
        notifyResolution: (d) => `Informar al cliente de que el incumplimiento está resuelto en un plazo de ${d} desde la resolución.`,
        review: (d) => `Entregar un análisis de las causas en un plazo de ${d}.`,
    },

    penaltiesIntro: 'Cuando un objetivo no se cumple en su período de medición, el proveedor debe al cliente los importes siguientes.',
    below: 'Por debajo de', owed: 'Importe',
    credit: (p, m) => `Crédito del ${p} de la tarifa${m ? ` (${m})` : ''}`,
    fine: (m) => `Multa de ${m}`,
    perBreach: (c, t, a) => `Por cada ticket de ${c} cuya ${t === 'response' ? 'primera respuesta' : 'resolución'} llegue tarde: ${a}.`,
    downtimePenalty: (o, per, a, b) => `Por cada ${per === 'hour' ? 'hora' : 'minuto'} de interrupción por encima del margen de ${o}${b ? ` (${b})` : ''}: ${a}.`,
    shareOfFee: (p, m) => `el ${p} de la tarifa${m ? ` (${m})` : ''}`,
    cap: (p, m, period) => `Los importes debidos ${documents.inAPeriod[period]} nunca superan el ${p} de la tarifa${m ? ` (${m})` : ''}.`,
    combinationHeading: 'Cómo se combinan los importes',
    combination: ({ monthly, yearly }) => 'Por cada objetivo solo se debe el peor tramo aplicable: el de umbral más bajo por debajo del cual queda el resultado '
        + '(y, del mismo modo, solo su peor multa fija). Los importes de objetivos distintos, las multas fijas, las penalizaciones por incumplimiento '
        + `y las penalizaciones por interrupción se suman.${monthly ? ' Después, el tope mensual limita el total de cada mes' : ''}${monthly && yearly ? ', y luego' : yearly ? ' Después,' : ''}`
        + `${yearly ? ' el tope anual limita el total de cada año' : ''}${monthly || yearly ? '.' : ' Ningún tope limita el total.'}`,
    worstMonthHeading: 'Ejemplo: el peor mes',
    worstMonthIntro: 'Si todos los objetivos quedan por debajo de su umbral más bajo en un mismo mes, el proveedor debe:',
    worstCase: 'Peor caso',
    worstTier: (t) => `por debajo de ${t}`,
    sum: 'Total de los objetivos',
    afterCap: (p) => `Tras el tope mensual (${p} de la tarifa)`,
    onTop: (room, k) => {
        const what = `Las penalizaciones ${joinAnd([...(k.perBreach ? ['por incumplimiento'] : []), ...(k.downtime ? ['por interrupción'] : [])], 'y')}`;
        return room === null
            ? `${what} se suman a ese importe, sin tope mensual.`
            : room === ''
                ? `${what} se suman hasta el tope mensual: en este mes el tope ya se alcanzó, así que no añaden nada.`
                : `${what} se suman hasta el tope mensual: como máximo ${room} más.`;
    },
    yearlyReach: (cap, months) => `En un año, el tope anual (${cap}) detiene el total: ${months === 1 ? 'un mes así lo alcanza' : `${months} meses así lo alcanzan`}.`,

    terminationWhen: (o, t, n, period) => `El cliente puede rescindir el acuerdo cuando ${o} esté por debajo de ${t} durante ${n} ${n === 1 ? ES_PERIOD[period] : documents.periodPlural[period]} ${period === 'week' ? 'consecutiva' : 'consecutivo'}${n === 1 ? '' : 's'}.`,
    notice: (d) => `Preaviso: ${d}.`,

    frequency: { weekly: 'Semanal', monthly: 'Mensual', quarterly: 'Trimestral' },
    audience: { customer: 'Cliente', provider: 'Proveedor' },
    recipient: 'Destinatario', frequencyColumn: 'Frecuencia',
    meeting: (f, a) => `Reunión ${documents.frequency[f].toLowerCase()} de seguimiento con el ${a === 'customer' ? 'cliente' : 'proveedor'}.`,
    review: (n, unit, text) => `El acuerdo se revisa cada ${n === 1 ? { week: 'semana', month: 'mes', year: 'año' }[unit] : `${n} ${{ week: 'semanas', month: 'meses', year: 'años' }[unit]}`}${text ? `: ${text}` : '.'}`,

    examplesIntro: 'Los plazos siguientes se calculan con los calendarios de este acuerdo para tickets reportados en momentos típicos; ilustran las metas y no las sustituyen.',
    examplesZone: (c, z) => `${c} — horas de ${z}`,
    reported: 'Reportado', responseDue: 'Primera respuesta hasta', resolutionDue: 'Resolución hasta', never: 'nunca', noTarget: '—',
    moments: { midMorning: 'media mañana', endOfWeek: 'final de la semana', holidayEve: (h) => `víspera de ${h}` },

    forProvider: 'Por el proveedor', forCustomer: 'Por el cliente', name: 'Nombre', role: 'Cargo', signature: 'Firma',
    generated: 'Generado por Pacto a partir del contrato',
};
