/**
 * Every word the documents print, in each supported locale (runtime/time/locales.ts); a contract in any
 * other locale is written in English (the language warns about it). Units of time are spelt by
 * runtime/time/format.ts, with every other date and number.
 */
import type { Period } from '../model.js';
import type { SupportedLocale } from '../time/locales.js';

export interface Labels {
    agreement: string;
    page: (n: number, of: number) => string;
    sections: {
        parties: string; services: string; hours: string; categories: string; objectives: string; escalation: string;
        obligations: string; breach: string; penalties: string; termination: string; reporting: string; examples: string;
        signatures: string;
    };
    provider: string; customer: string; term: string; fee: string; identifier: string;
    termText: (from: string, to: string) => string;
    feeText: (money: string, period: 'monthly' | 'yearly') => string;
    notStated: string;
    onCalendar: (calendar: string) => string;
    clockNote: string;
    calendar: string; zone: string; day: string; hours: string; closed: string; always: string;
    specialDays: string; holidaysInTerm: string; date: string; holiday: string; noHolidays: string; declared: string;
    channels: string; channel: string;
    priority: string; category: string; response: string; resolution: string; definitions: string;
    objective: string; target: string; measured: string;
    periodAdjective: Record<Period, string>;
    periodPlural: Record<Period, string>;
    inAPeriod: Record<Period, string>;
    measureOnTime: (percent: string, target: 'response' | 'resolution', categories: string) => string;
    measureAvailability: (percent: string, maintenance: string | null) => string;
    measureFirstContact: (percent: string) => string;
    measureSatisfaction: (score: string, scale: string) => string;
    measureDowntimeBudget: (budget: string, maintenance: string | null) => string;
    measureSatisfactionShare: (percent: string, mark: string, scale: string) => string;
    allowedDowntime: (text: string) => string;
    escalationIntro: string;
    when: string; notify: string; contact: string; categoriesColumn: string; allCategories: string;
    atPercentOf: (percent: string, target: 'response' | 'resolution') => string;
    designate: (role: string, hours: string | null) => string;
    reply: (within: string, pauses: boolean) => string;
    demandNotice: (above: string, notice: string) => string;
    breachTeam: (d: string) => string; breachCustomer: (d: string) => string; breachReview: (d: string) => string;
    penaltiesIntro: string; below: string; credit: string;
    cap: (percent: string, money: string | null, period: Period) => string;
    terminationWhen: (objective: string, threshold: string, consecutive: number, period: Period) => string;
    notice: (d: string) => string;
    frequency: Record<'weekly' | 'monthly' | 'quarterly', string>;
    audience: Record<'customer' | 'provider', string>;
    recipient: string; frequencyColumn: string;
    examplesIntro: string;
    examplesZone: (calendar: string, zone: string) => string;
    reported: string; responseDue: string; resolutionDue: string; never: string; noTarget: string;
    moments: { midMorning: string; endOfWeek: string; holidayEve: (holiday: string) => string };
    forProvider: string; forCustomer: string; name: string; role: string; signature: string;
    generated: string;
}

const en: Labels = {
    agreement: 'Service Level Agreement',
    page: (n, of) => `Page ${n} of ${of}`,
    sections: {
        parties: 'Parties and term', services: 'Service', hours: 'Support hours', categories: 'Ticket categories and targets',
        objectives: 'Service level objectives', escalation: 'Escalation', obligations: 'Customer obligations',
        breach: 'Breach procedure', penalties: 'Service credits', termination: 'Termination', reporting: 'Reporting',
        examples: 'Worked deadline examples', signatures: 'Signatures',
    },
    provider: 'Provider', customer: 'Customer', term: 'Term', fee: 'Fee', identifier: 'Contract identifier',
    termText: (from, to) => `from ${from} to ${to}, both included`,
    feeText: (money, period) => `${money} ${period === 'monthly' ? 'per month' : 'per year'}`,
    notStated: 'not stated',
    onCalendar: (c) => `on ${c}`,
    clockNote: 'Business hours and business days count only while the calendar concerned is open (its weekly hours, '
        + 'less its holidays); all other durations run continuously, nights, weekends and holidays included.',
    calendar: 'Calendar', zone: 'Time zone', day: 'Day', hours: 'Hours', closed: 'Closed', always: 'At all times (24 hours, every day)',
    specialDays: 'Special days', holidaysInTerm: 'Holidays during the term (closed)', date: 'Date', holiday: 'Holiday',
    noHolidays: 'No holidays during the term.', declared: 'agreed',
    channels: 'Channels', channel: 'Channel',
    priority: 'Priority', category: 'Category', response: 'Response', resolution: 'Resolution', definitions: 'Definitions',
    objective: 'Objective', target: 'Target', measured: 'Measured',
    periodAdjective: { day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'yearly' },
    periodPlural: { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters', year: 'years' },
    inAPeriod: { day: 'in a day', week: 'in a week', month: 'in a month', quarter: 'in a quarter', year: 'in a year' },
    measureOnTime: (p, t, c) => `${p} of ${t === 'response' ? 'responses' : 'resolutions'} on time${c ? ` (${c})` : ''}`,
    measureAvailability: (p, m) => `Availability of at least ${p}${m ? `, excluding downtime during ${m}` : ''}`,
    measureFirstContact: (p) => `At least ${p} of tickets resolved at first contact`,
    measureSatisfaction: (s, of) => `Average satisfaction of at least ${s} out of ${of}`,
    measureDowntimeBudget: (b, m) => `Availability: at most ${b} of downtime${m ? `, not counting downtime during ${m}` : ''}`,
    measureSatisfactionShare: (p, mark, of) => `At least ${p} of ratings satisfied (${mark} or more out of ${of})`,
    allowedDowntime: (t) => `allowed downtime in a 30-day month: ${t}`,
    escalationIntro: 'While a ticket is open, the following people are notified as its target time runs out.',
    when: 'When', notify: 'Notify', contact: 'Contact', categoriesColumn: 'Categories', allCategories: 'All categories',
    atPercentOf: (p, t) => `At ${p} of the ${t} time`,
    designate: (r, h) => `Designate a ${r}${h ? `, available during the hours of ${h}` : ''}.`,
    reply: (w, p) => `Reply to the provider's requests within ${w}${p ? '; while the provider awaits a reply, the ticket\'s clock is paused' : ''}.`,
    demandNotice: (a, n) => `Notify the provider at least ${n} in advance of any demand above ${a} of the usual volume.`,
    breachTeam: (d) => `When a target is missed, the provider's team is notified within ${d}.`,
    breachCustomer: (d) => `The customer is notified of the breach within ${d}.`,
    breachReview: (d) => `A review of the causes is delivered within ${d}.`,
    penaltiesIntro: 'When an objective is not met in its measurement period, the provider credits the customer the following share of the fee.',
    below: 'Below', credit: 'Credit',
    cap: (p, m, period) => `The credits ${en.inAPeriod[period]} never exceed ${p} of the fee${m ? ` (${m})` : ''}.`,
    terminationWhen: (o, t, n, period) => `The customer may terminate the agreement when ${o} is below ${t} for ${n} consecutive ${n === 1 ? period : en.periodPlural[period]}.`,
    notice: (d) => `Notice period: ${d}.`,
    frequency: { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly' },
    audience: { customer: 'Customer', provider: 'Provider' },
    recipient: 'Recipient', frequencyColumn: 'Frequency',
    examplesIntro: 'The deadlines below are computed from the calendars of this agreement for tickets reported at typical moments; they illustrate the targets and do not replace them.',
    examplesZone: (c, z) => `${c} — times in ${z}`,
    reported: 'Reported', responseDue: 'Response due', resolutionDue: 'Resolution due', never: 'never', noTarget: '—',
    moments: { midMorning: 'mid-morning', endOfWeek: 'end of the week', holidayEve: (h) => `eve of ${h}` },
    forProvider: 'For the provider', forCustomer: 'For the customer', name: 'Name', role: 'Title', signature: 'Signature',
    generated: 'Generated by Pacto from the contract',
};

const es: Labels = {
    agreement: 'Acuerdo de nivel de servicio',
    page: (n, of) => `Página ${n} de ${of}`,
    sections: {
        parties: 'Partes y vigencia', services: 'Servicio', hours: 'Horario de atención', categories: 'Categorías de tickets y plazos',
        objectives: 'Objetivos de nivel de servicio', escalation: 'Escalamiento', obligations: 'Obligaciones del cliente',
        breach: 'Procedimiento ante incumplimientos', penalties: 'Penalizaciones', termination: 'Terminación', reporting: 'Informes',
        examples: 'Ejemplos de cálculo de plazos', signatures: 'Firmas',
    },
    provider: 'Proveedor', customer: 'Cliente', term: 'Vigencia', fee: 'Tarifa', identifier: 'Identificador del contrato',
    termText: (from, to) => `del ${from} al ${to}, ambos incluidos`,
    feeText: (money, period) => `${money} ${period === 'monthly' ? 'por mes' : 'por año'}`,
    notStated: 'no indicado',
    onCalendar: (c) => `según ${c}`,
    clockNote: 'Las horas y los días hábiles solo corren mientras el calendario correspondiente está abierto (su horario semanal, '
        + 'menos sus feriados); los demás plazos corren de forma continua, incluidas noches, fines de semana y feriados.',
    calendar: 'Calendario', zone: 'Zona horaria', day: 'Día', hours: 'Horario', closed: 'Cerrado', always: 'En todo momento (24 horas, todos los días)',
    specialDays: 'Días especiales', holidaysInTerm: 'Feriados durante la vigencia (cerrado)', date: 'Fecha', holiday: 'Feriado',
    noHolidays: 'Ningún feriado durante la vigencia.', declared: 'acordado',
    channels: 'Canales', channel: 'Canal',
    priority: 'Prioridad', category: 'Categoría', response: 'Respuesta', resolution: 'Resolución', definitions: 'Definiciones',
    objective: 'Objetivo', target: 'Meta', measured: 'Medición',
    periodAdjective: { day: 'diaria', week: 'semanal', month: 'mensual', quarter: 'trimestral', year: 'anual' },
    periodPlural: { day: 'días', week: 'semanas', month: 'meses', quarter: 'trimestres', year: 'años' },
    inAPeriod: { day: 'en un día', week: 'en una semana', month: 'en un mes', quarter: 'en un trimestre', year: 'en un año' },
    measureOnTime: (p, t, c) => `${p} de las ${t === 'response' ? 'respuestas' : 'resoluciones'} a tiempo${c ? ` (${c})` : ''}`,
    measureAvailability: (p, m) => `Disponibilidad de al menos ${p}${m ? `, sin contar las interrupciones durante ${m}` : ''}`,
    measureFirstContact: (p) => `Al menos ${p} de los tickets resueltos en el primer contacto`,
    measureSatisfaction: (s, of) => `Satisfacción media de al menos ${s} sobre ${of}`,
    measureDowntimeBudget: (b, m) => `Disponibilidad: como máximo ${b} de interrupción${m ? `, sin contar las interrupciones durante ${m}` : ''}`,
    measureSatisfactionShare: (p, mark, of) => `Al menos ${p} de valoraciones satisfechas (${mark} o más sobre ${of})`,
    allowedDowntime: (t) => `interrupción admitida en un mes de 30 días: ${t}`,
    escalationIntro: 'Mientras un ticket está abierto, se notifica a las siguientes personas a medida que se consume su plazo.',
    when: 'Cuándo', notify: 'Notificar a', contact: 'Contacto', categoriesColumn: 'Categorías', allCategories: 'Todas las categorías',
    atPercentOf: (p, t) => `Al ${p} del plazo de ${t === 'response' ? 'respuesta' : 'resolución'}`,
    designate: (r, h) => `Designar un contacto: ${r}${h ? `, disponible en el horario de ${h}` : ''}.`,
    reply: (w, p) => `Responder a las solicitudes del proveedor en un plazo de ${w}${p ? '; mientras el proveedor espera la respuesta, el plazo del ticket se detiene' : ''}.`,
    demandNotice: (a, n) => `Avisar al proveedor con al menos ${n} de antelación de toda demanda superior al ${a} del volumen habitual.`,
    breachTeam: (d) => `Cuando se incumple un plazo, se notifica al equipo del proveedor en un plazo de ${d}.`,
    breachCustomer: (d) => `Se notifica el incumplimiento al cliente en un plazo de ${d}.`,
    breachReview: (d) => `Se entrega un análisis de las causas en un plazo de ${d}.`,
    penaltiesIntro: 'Cuando un objetivo no se cumple en su período de medición, el proveedor acredita al cliente la siguiente parte de la tarifa.',
    below: 'Por debajo de', credit: 'Crédito',
    cap: (p, m, period) => `Los créditos ${es.inAPeriod[period]} nunca superan el ${p} de la tarifa${m ? ` (${m})` : ''}.`,
    terminationWhen: (o, t, n, period) => `El cliente puede rescindir el acuerdo cuando ${o} esté por debajo de ${t} durante ${n} ${es.periodPlural[period]} consecutivos.`,
    notice: (d) => `Preaviso: ${d}.`,
    frequency: { weekly: 'Semanal', monthly: 'Mensual', quarterly: 'Trimestral' },
    audience: { customer: 'Cliente', provider: 'Proveedor' },
    recipient: 'Destinatario', frequencyColumn: 'Frecuencia',
    examplesIntro: 'Los plazos siguientes se calculan con los calendarios de este acuerdo para tickets reportados en momentos típicos; ilustran las metas y no las sustituyen.',
    examplesZone: (c, z) => `${c} — horas de ${z}`,
    reported: 'Reportado', responseDue: 'Respuesta hasta', resolutionDue: 'Resolución hasta', never: 'nunca', noTarget: '—',
    moments: { midMorning: 'media mañana', endOfWeek: 'final de la semana', holidayEve: (h) => `víspera de ${h}` },
    forProvider: 'Por el proveedor', forCustomer: 'Por el cliente', name: 'Nombre', role: 'Cargo', signature: 'Firma',
    generated: 'Generado por Pacto a partir del contrato',
};

const ptBR: Labels = {
    agreement: 'Acordo de nível de serviço',
    page: (n, of) => `Página ${n} de ${of}`,
    sections: {
        parties: 'Partes e vigência', services: 'Serviço', hours: 'Horário de atendimento', categories: 'Categorias de chamados e prazos',
        objectives: 'Objetivos de nível de serviço', escalation: 'Escalonamento', obligations: 'Obrigações do cliente',
        breach: 'Procedimento em caso de descumprimento', penalties: 'Penalidades', termination: 'Rescisão', reporting: 'Relatórios',
        examples: 'Exemplos de cálculo de prazos', signatures: 'Assinaturas',
    },
    provider: 'Fornecedor', customer: 'Cliente', term: 'Vigência', fee: 'Valor', identifier: 'Identificador do contrato',
    termText: (from, to) => `de ${from} a ${to}, inclusive`,
    feeText: (money, period) => `${money} ${period === 'monthly' ? 'por mês' : 'por ano'}`,
    notStated: 'não informado',
    onCalendar: (c) => `conforme ${c}`,
    clockNote: 'Horas e dias úteis só contam enquanto o calendário correspondente está aberto (seu horário semanal, '
        + 'menos seus feriados); os demais prazos correm continuamente, inclusive noites, fins de semana e feriados.',
    calendar: 'Calendário', zone: 'Fuso horário', day: 'Dia', hours: 'Horário', closed: 'Fechado', always: 'A qualquer momento (24 horas, todos os dias)',
    specialDays: 'Dias especiais', holidaysInTerm: 'Feriados durante a vigência (fechado)', date: 'Data', holiday: 'Feriado',
    noHolidays: 'Nenhum feriado durante a vigência.', declared: 'acordado',
    channels: 'Canais', channel: 'Canal',
    priority: 'Prioridade', category: 'Categoria', response: 'Resposta', resolution: 'Resolução', definitions: 'Definições',
    objective: 'Objetivo', target: 'Meta', measured: 'Apuração',
    periodAdjective: { day: 'diária', week: 'semanal', month: 'mensal', quarter: 'trimestral', year: 'anual' },
    periodPlural: { day: 'dias', week: 'semanas', month: 'meses', quarter: 'trimestres', year: 'anos' },
    inAPeriod: { day: 'em um dia', week: 'em uma semana', month: 'em um mês', quarter: 'em um trimestre', year: 'em um ano' },
    measureOnTime: (p, t, c) => `${p} das ${t === 'response' ? 'respostas' : 'resoluções'} no prazo${c ? ` (${c})` : ''}`,
    measureAvailability: (p, m) => `Disponibilidade de pelo menos ${p}${m ? `, desconsideradas as interrupções durante ${m}` : ''}`,
    measureFirstContact: (p) => `Pelo menos ${p} dos chamados resolvidos no primeiro contato`,
    measureSatisfaction: (s, of) => `Satisfação média de pelo menos ${s} de ${of}`,
    measureDowntimeBudget: (b, m) => `Disponibilidade: no máximo ${b} de indisponibilidade${m ? `, desconsideradas as interrupções durante ${m}` : ''}`,
    measureSatisfactionShare: (p, mark, of) => `Pelo menos ${p} de avaliações satisfeitas (${mark} ou mais de ${of})`,
    allowedDowntime: (t) => `indisponibilidade admitida em um mês de 30 dias: ${t}`,
    escalationIntro: 'Enquanto um chamado está aberto, as seguintes pessoas são notificadas à medida que o prazo se esgota.',
    when: 'Quando', notify: 'Notificar', contact: 'Contato', categoriesColumn: 'Categorias', allCategories: 'Todas as categorias',
    atPercentOf: (p, t) => `Aos ${p} do prazo de ${t === 'response' ? 'resposta' : 'resolução'}`,
    designate: (r, h) => `Designar um contato: ${r}${h ? `, disponível no horário ${h}` : ''}.`,
    reply: (w, p) => `Responder às solicitações do fornecedor em até ${w}${p ? '; enquanto o fornecedor aguarda a resposta, o prazo do chamado fica suspenso' : ''}.`,
    demandNotice: (a, n) => `Avisar o fornecedor com pelo menos ${n} de antecedência sobre qualquer demanda acima de ${a} do volume habitual.`,
    breachTeam: (d) => `Quando um prazo é descumprido, a equipe do fornecedor é notificada em até ${d}.`,
    breachCustomer: (d) => `O cliente é notificado do descumprimento em até ${d}.`,
    breachReview: (d) => `Uma análise das causas é entregue em até ${d}.`,
    penaltiesIntro: 'Quando um objetivo não é atingido no seu período de apuração, o fornecedor concede ao cliente o seguinte crédito sobre o valor.',
    below: 'Abaixo de', credit: 'Crédito',
    cap: (p, m, period) => `Os créditos ${ptBR.inAPeriod[period]} nunca excedem ${p} do valor${m ? ` (${m})` : ''}.`,
    terminationWhen: (o, t, n, period) => `O cliente pode rescindir o contrato quando ${o} ficar abaixo de ${t} por ${n} ${ptBR.periodPlural[period]} consecutivos.`,
    notice: (d) => `Aviso prévio: ${d}.`,
    frequency: { weekly: 'Semanal', monthly: 'Mensal', quarterly: 'Trimestral' },
    audience: { customer: 'Cliente', provider: 'Fornecedor' },
    recipient: 'Destinatário', frequencyColumn: 'Frequência',
    examplesIntro: 'Os prazos abaixo são calculados com os calendários deste acordo para chamados abertos em momentos típicos; ilustram as metas e não as substituem.',
    examplesZone: (c, z) => `${c} — horários de ${z}`,
    reported: 'Aberto em', responseDue: 'Resposta até', resolutionDue: 'Resolução até', never: 'nunca', noTarget: '—',
    moments: { midMorning: 'meio da manhã', endOfWeek: 'final da semana', holidayEve: (h) => `véspera de ${h}` },
    forProvider: 'Pelo fornecedor', forCustomer: 'Pelo cliente', name: 'Nome', role: 'Cargo', signature: 'Assinatura',
    generated: 'Gerado pelo Pacto a partir do contrato',
};

export const LABELS: Record<SupportedLocale, Labels> = { en, es, 'pt-BR': ptBR };
