/**
 * Every word the documents print, in each supported locale (runtime/time/locales.ts); a contract in any
 * other locale is written in English (the language warns about it). Units of time are spelt by
 * runtime/time/format.ts, with every other date and number: the functions here receive them formatted.
 *
 * Each language is written as a contract manager of the field writes it (horas hábiles, tiempo de primera
 * respuesta, plazo de resolución; horas úteis, tempo de primeira resposta, prazo de resolução), not word for
 * word from the English.
 */
import type { BreachStep, HolidayType, Period, TargetKind } from '../model.js';
import type { SupportedLocale } from '../time/locales.js';

type Frequency = 'weekly' | 'monthly' | 'quarterly';
type Party = 'customer' | 'provider';
type StepKind = Exclude<BreachStep['kind'], 'text'>;

export interface Labels {
    agreement: string;
    page: (n: number, of: number) => string;
    sections: {
        parties: string; definitions: string; services: string; hours: string; categories: string; objectives: string;
        measurement: string; escalation: string; escalationOnCall: string; providerObligations: string; obligations: string;
        breach: string; penalties: string; termination: string; reporting: string; examples: string; signatures: string;
    };
    provider: string; customer: string; term: string; fee: string; identifier: string;
    termText: (from: string, to: string) => string;
    feeText: (money: string, period: 'monthly' | 'yearly') => string;
    notStated: string;

    /** A business duration's calendar when it is not the default one: "on London office hours". */
    onCalendar: (calendar: string) => string;
    /**
     * "during the hours of Oficina" / "en el horario de Oficina" / "no horário Comercial", without repeating
     * the word when the calendar's title already says it ("no horário do responsável", never "no horário
     * Horário do responsável").
     */
    inHours: (calendar: string) => string;

    definitionsIntro: string;
    categoryDefinitions: string;

    clockNote: string;
    calendar: string; zone: string; day: string; hours: string; closed: string; always: string;
    specialDays: string; date: string; holiday: string; noHolidays: string; declared: string;
    /** "Closed on the public holidays of Brazil (São Paulo), bank holidays included, and on the holidays agreed below." */
    holidaySources: (sources: string[], types: HolidayType[], declared: boolean) => string;
    holidayType: Record<HolidayType, string>;
    /** A holiday's type next to its name in the holiday table: "Carnaval (feriado bancário)". */
    holidayTag: Record<HolidayType, string>;
    /** Heading of a holiday table, with the calendars that close on it. */
    holidaysInTerm: (calendars: string[]) => string;
    channels: string; channel: string;

    priority: string; category: string; response: string; resolution: string;
    /** The row of a channel's targets under its category. */
    viaChannel: (channel: string) => string;
    /** A category's tickets of one channel: "Dúvida de uso pelo canal Telefone de plantão". */
    categoryVia: (category: string, channel: string) => string;

    objective: string; target: string; measured: string;
    periodAdjective: Record<Period, string>;
    periodPlural: Record<Period, string>;
    inAPeriod: Record<Period, string>;
    measureOnTime: (percent: string, target: TargetKind, categories: string, channels: string) => string;
    measureAvailability: (percent: string, maintenance: string | null) => string;
    measureFirstContact: (percent: string) => string;
    measureSatisfaction: (score: string, scale: string) => string;
    /** `share`: the availability the budget means in a 30-day month ("≈ 99.896%"). */
    measureDowntimeBudget: (budget: string, maintenance: string | null, share: string) => string;
    measureSatisfactionShare: (percent: string, mark: string, scale: string) => string;
    allowedDowntime: (text: string) => string;
    objectiveNote: (objective: string, text: string) => string;

    measurementIntro: string;
    field: {
        tickets: string; clock: string; starts: string; paused: string; stops: string; onTime: string; period: string;
        measured: string; notCounted: string; met: string;
    };
    ticketsOf: (categories: string | null, channels: string | null) => string;
    clockBusiness: (subject: string, duration: string, calendar: string, zone: string) => string;
    /** `n`: how many business days, for "the 2nd following business day". */
    clockBusinessDays: (subject: string, duration: string, n: number, calendar: string, zone: string) => string;
    clockWall: (subject: string, duration: string) => string;
    startsOnTime: string;
    pausedByReply: (reply: string) => string;
    notPaused: string;
    stops: Record<TargetKind, string>;
    onTimeRule: Record<TargetKind, string>;
    eachPeriod: Record<Period, string>;
    /** `tickets`: the result is taken over the tickets (or ratings) of the period, not over its time. */
    periodRule: (period: string, zone: string | null, tickets: boolean) => string;
    onTimeMet: (percent: string, target: TargetKind) => string;
    availabilityClock: string;
    availabilityMeasured: string;
    downtimeMeasured: string;
    notCountedDuring: (hours: string, week: string) => string;
    nothingExcluded: string;
    availabilityMet: (percent: string, month30: string, month31: string) => string;
    downtimeMet: (budget: string, share: string) => string;
    firstContactMeasured: string;
    firstContactMet: (percent: string) => string;
    satisfactionMeasured: (scale: string) => string;
    satisfactionMet: (score: string, scale: string) => string;
    shareMeasured: (mark: string, scale: string) => string;
    shareMet: (percent: string) => string;

    escalationIntro: string;
    when: string; notify: string; contact: string; categoriesColumn: string; allCategories: string;
    atPercentOf: (percent: string, target: TargetKind) => string;
    onCallNotify: (rotation: string) => string;
    onCallContact: string;
    onCallHeading: (rotation: string) => string;
    rotationText: (rotation: 'daily' | 'weekly' | 'monthly', start: string, zone: string | null) => string;
    person: string; turn: string; from: string; to: string; onCall: string;
    firstTurns: string;

    designate: (role: string, hours: string | null) => string;
    reply: (within: string, pauses: boolean) => string;
    demandNotice: (above: string, notice: string) => string;

    /** `fromResolution`: the procedure reports the resolution, whose time counts from the resolution. */
    breachIntro: (fromResolution: boolean) => string;
    breachStep: Record<StepKind, (within: string) => string>;

    penaltiesIntro: string; below: string; owed: string;
    credit: (percent: string, money: string | null) => string;
    fine: (money: string) => string;
    perBreach: (category: string, target: TargetKind, amount: string) => string;
    downtimePenalty: (objective: string, per: 'minute' | 'hour', amount: string, budget: string | null) => string;
    shareOfFee: (percent: string, money: string | null) => string;
    cap: (percent: string, money: string | null, period: Period) => string;
    combinationHeading: string;
    combination: (caps: { monthly: boolean; yearly: boolean }) => string;
    worstMonthHeading: string;
    worstMonthIntro: string;
    worstCase: string;
    worstTier: (threshold: string) => string;
    sum: string;
    afterCap: (percent: string) => string;
    /** What per-breach and downtime penalties may add to the worst month: `room` is left under the cap (null: no monthly cap). */
    onTop: (room: string | null, kinds: { perBreach: boolean; downtime: boolean }) => string;
    yearlyReach: (cap: string, months: number) => string;

    terminationWhen: (objective: string, threshold: string, consecutive: number, period: Period) => string;
    notice: (d: string) => string;

    frequency: Record<Frequency, string>;
    audience: Record<Party, string>;
    recipient: string; frequencyColumn: string;
    meeting: (frequency: Frequency, audience: Party) => string;
    review: (every: number, unit: 'week' | 'month' | 'year', text: string | null) => string;

    examplesIntro: string;
    examplesZone: (calendar: string, zone: string) => string;
    reported: string; responseDue: string; resolutionDue: string; never: string; noTarget: string;
    moments: { midMorning: string; endOfWeek: string; holidayEve: (holiday: string) => string };

    forProvider: string; forCustomer: string; name: string; role: string; signature: string;
    generated: string;
}

/** "a, b and c" in the locale's words. */
function joinAnd(items: string[], and: string): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** 1st, 2nd, 3rd, 4th, 11th, 21st. */
function englishOrdinal(n: number): string {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
    return `${n}${suffix}`;
}

const ES_PERIOD: Record<Period, string> = { day: 'día', week: 'semana', month: 'mes', quarter: 'trimestre', year: 'año' };
const PT_PERIOD: Record<Period, string> = { day: 'dia', week: 'semana', month: 'mês', quarter: 'trimestre', year: 'ano' };

const en: Labels = {
    agreement: 'Service Level Agreement',
    page: (n, of) => `Page ${n} of ${of}`,
    sections: {
        parties: 'Parties and term', definitions: 'Definitions', services: 'Service', hours: 'Support hours',
        categories: 'Ticket categories and targets', objectives: 'Service level objectives', measurement: 'How each objective is measured',
        escalation: 'Escalation', escalationOnCall: 'Escalation and on-call', providerObligations: 'Provider obligations',
        obligations: 'Customer obligations', breach: 'Breach procedure', penalties: 'Service credits and penalties',
        termination: 'Termination', reporting: 'Reporting and reviews', examples: 'Worked deadline examples', signatures: 'Signatures',
    },
    provider: 'Provider', customer: 'Customer', term: 'Term', fee: 'Fee', identifier: 'Contract identifier',
    termText: (from, to) => `from ${from} to ${to}, both included`,
    feeText: (money, period) => `${money} ${period === 'monthly' ? 'per month' : 'per year'}`,
    notStated: 'not stated',
    onCalendar: (c) => `on ${c}`,
    inHours: (c) => (/\bhours\b/i.test(c) ? `during ${c}` : `during the hours of ${c}`),

    definitionsIntro: 'In this agreement, the following terms have the meaning given to them here.',
    categoryDefinitions: 'Ticket categories',

    clockNote: 'Business hours and business days count only while the calendar concerned is open (its weekly hours, '
        + 'less its holidays); all other durations run continuously, nights, weekends and holidays included.',
    calendar: 'Calendar', zone: 'Time zone', day: 'Day', hours: 'Hours', closed: 'Closed', always: 'At all times (24 hours, every day)',
    specialDays: 'Special days', date: 'Date', holiday: 'Holiday',
    noHolidays: 'No holidays during the term.', declared: 'agreed',
    holidaySources: (sources, types, declared) => {
        const kinds = types.length ? `, ${joinAnd(types.map((t) => en.holidayType[t]), 'and')} included` : '';
        const of = sources.length ? `the public holidays (${sources.join('; ')})${kinds}` : '';
        const agreed = declared ? 'the holidays agreed in this contract' : '';
        return `Closed on ${joinAnd([of, agreed].filter(Boolean), 'and on')}; the dates are listed below.`;
    },
    holidayType: { bank: 'bank holidays', school: 'school holidays', optional: 'optional holidays', observance: 'observances' },
    holidayTag: { bank: 'bank holiday', school: 'school holiday', optional: 'optional holiday', observance: 'observance' },
    holidaysInTerm: (c) => `Holidays during the term (closed): ${joinAnd(c, 'and')}`,
    channels: 'Channels', channel: 'Channel',

    priority: 'Priority', category: 'Category', response: 'First response', resolution: 'Resolution',
    viaChannel: (c) => `↳ via ${c}`,
    categoryVia: (c, ch) => `${c} via ${ch}`,

    objective: 'Objective', target: 'Target', measured: 'Measured',
    periodAdjective: { day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'yearly' },
    periodPlural: { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters', year: 'years' },
    inAPeriod: { day: 'in a day', week: 'in a week', month: 'in a month', quarter: 'in a quarter', year: 'in a year' },
    measureOnTime: (p, t, c, ch) => `${p} of ${t === 'response' ? 'first responses' : 'resolutions'} on time${c ? ` (${c})` : ''}${ch ? `, via ${ch}` : ''}`,
    measureAvailability: (p, m) => `Availability of at least ${p}${m ? `, excluding downtime during ${m}` : ''}`,
    measureFirstContact: (p) => `At least ${p} of tickets resolved at first contact`,
    measureSatisfaction: (s, of) => `Average satisfaction of at least ${s} out of ${of}`,
    measureDowntimeBudget: (b, m, share) => `At most ${b} of downtime${m ? `, not counting downtime during ${m}` : ''} (in a 30-day month, an availability of ${share})`,
    measureSatisfactionShare: (p, mark, of) => `At least ${p} of ratings satisfied (${mark} or more out of ${of})`,
    allowedDowntime: (t) => `allowed downtime in a 30-day month: ${t}`,
    objectiveNote: (o, t) => `${o}: ${t}`,

    measurementIntro: 'For each objective: the clock its tickets are timed on, the events that start, pause and stop that clock, '
        + 'what counts as on time, and the period over which the result is taken.',
    field: {
        tickets: 'Tickets', clock: 'Clock', starts: 'Starts', paused: 'Paused', stops: 'Stops', onTime: 'On time', period: 'Period',
        measured: 'Measured', notCounted: 'Not counted', met: 'Met when',
    },
    ticketsOf: (c, ch) => `${c ? `Tickets of ${c}` : 'Tickets of every category'}${ch ? `, received via ${ch}` : ', through every channel'}.`,
    clockBusiness: (s, d, c, z) => `${s}: ${d} on the ${c} calendar (${z}): only the time it is open counts.`,
    clockBusinessDays: (s, d, n, c, z) => `${s}: ${d} on the ${c} calendar (${z}): due at the same time of day on the ${englishOrdinal(n)} following business day.`,
    clockWall: (s, d) => `${s}: ${d} of wall-clock time, nights, weekends and holidays included.`,
    startsOnTime: 'When the ticket is reported. Business time counts from the next opening when the ticket is reported while the calendar is closed.',
    pausedByReply: (r) => `While the provider awaits the customer's reply to a request (the customer replies within ${r}); the clock resumes with the reply.`,
    notPaused: 'Never: no event pauses it.',
    stops: {
        response: 'At the first response to the customer, or at the resolution if it comes first.',
        resolution: 'When the ticket is resolved. A reopened ticket resumes with the time it had used.',
    },
    onTimeRule: {
        response: 'A first response given at or before its due instant; a later one is late, even by a second.',
        resolution: 'A resolution at or before its due instant; a later one is late, even by a second.',
    },
    eachPeriod: { day: 'each calendar day', week: 'each calendar week, Monday to Sunday', month: 'each calendar month', quarter: 'each calendar quarter', year: 'each calendar year' },
    periodRule: (p, z, t) => `${p.charAt(0).toUpperCase()}${p.slice(1)}${z ? ` (${z} time)` : ''}${t ? ', over the tickets reported in it' : ''}.`,
    onTimeMet: (p, t) => `At least ${p} of the period's ${t === 'response' ? 'first responses' : 'resolutions'} are on time.`,
    availabilityClock: 'Wall-clock time: every minute of the period counts, nights, weekends and holidays included.',
    availabilityMeasured: 'The share of the period during which the service is available.',
    downtimeMeasured: 'The total downtime of the service in the period.',
    notCountedDuring: (h, w) => `Downtime ${h} (${w}).`,
    nothingExcluded: 'Nothing: all downtime counts.',
    availabilityMet: (p, a, b) => `Availability is at least ${p}: at most ${a} of downtime in a 30-day month, ${b} in a 31-day month.`,
    downtimeMet: (b, s) => `The downtime is at most ${b}, whatever the length of the month (in a 30-day month, an availability of ${s}).`,
    firstContactMeasured: 'The share of the period\'s tickets resolved at the first contact, with the first response.',
    firstContactMet: (p) => `At least ${p} of the tickets are resolved at first contact.`,
    satisfactionMeasured: (s) => `The average of the ratings customers give to the tickets of the period, on a scale up to ${s}.`,
    satisfactionMet: (v, s) => `The average is at least ${v} out of ${s}.`,
    shareMeasured: (m, s) => `The share of ratings of ${m} or more out of ${s} ("satisfied") among the period's ratings.`,
    shareMet: (p) => `At least ${p} of the ratings are satisfied.`,

    escalationIntro: 'While a ticket is open, the following people are notified as its target time runs out.',
    when: 'When', notify: 'Notify', contact: 'Contact', categoriesColumn: 'Categories', allCategories: 'All categories',
    atPercentOf: (p, t) => `At ${p} of the ${t === 'response' ? 'first response' : 'resolution'} time`,
    onCallNotify: (r) => `Whoever is on call (${r})`,
    onCallContact: 'as the rotation below says',
    onCallHeading: (r) => `On-call rotation: ${r}`,
    rotationText: (r, s, z) => `${r === 'daily' ? 'Daily' : r === 'weekly' ? 'Weekly' : 'Monthly'} rotation from ${s}: each person is on call for one ${r === 'daily' ? 'day' : r === 'weekly' ? 'week' : 'month'} in turn, in the order below, from 00:00 of the turn's first day${z ? ` (${z} time)` : ''}.`,
    person: 'Person', turn: 'Turn', from: 'From', to: 'To', onCall: 'On call',
    firstTurns: 'The first turns',

    designate: (r, h) => `Designate a ${r}${h ? `, available ${en.inHours(h)}` : ''}.`,
    reply: (w, p) => `Reply to the provider's requests within ${w}${p ? '; while the provider awaits a reply, the ticket\'s clock is paused' : ''}.`,
    demandNotice: (a, n) => `Notify the provider at least ${n} in advance of any demand above ${a} of the usual volume.`,

    breachIntro: (r) => `When a target is missed, the provider takes these steps, in this order. Times count from the breach${r ? ', except the report of the resolution, which counts from the resolution' : ''}.`,
    breachStep: {
        notifyTeam: (d) => `Alert the provider's team within ${d}.`,
        notifyCustomer: (d) => `Tell the customer about the breach within ${d}.`,
        act: (d) => `Act to correct it within ${d}.`,
        notifyResolution: (d) => `Tell the customer the breach is resolved within ${d} of the resolution.`,
        review: (d) => `Deliver a review of the causes within ${d}.`,
    },

    penaltiesIntro: 'When an objective is not met in its measurement period, the provider owes the customer the following amounts.',
    below: 'Below', owed: 'Owed',
    credit: (p, m) => `Credit of ${p} of the fee${m ? ` (${m})` : ''}`,
    fine: (m) => `Fine of ${m}`,
    perBreach: (c, t, a) => `For each ticket of ${c} whose ${t === 'response' ? 'first response' : 'resolution'} is late: ${a}.`,
    downtimePenalty: (o, per, a, b) => `For each ${per} of downtime beyond the budget of ${o}${b ? ` (${b})` : ''}: ${a}.`,
    shareOfFee: (p, m) => `${p} of the fee${m ? ` (${m})` : ''}`,
    cap: (p, m, period) => `The amounts owed ${en.inAPeriod[period]} never exceed ${p} of the fee${m ? ` (${m})` : ''}.`,
    combinationHeading: 'How the amounts combine',
    combination: ({ monthly, yearly }) => 'For each objective, only the worst tier that applies is owed: the one with the lowest threshold the result falls below '
        + '(and likewise only its worst fixed fine). The amounts of different objectives, the fixed fines, the per-breach penalties and '
        + `the downtime penalties add up.${monthly ? ' The monthly cap then limits the total of each month' : ''}${monthly && yearly ? ', and then' : yearly ? ' Then' : ''}`
        + `${yearly ? ' the yearly cap limits the total of each year' : ''}${monthly || yearly ? '.' : ' No cap limits the total.'}`,
    worstMonthHeading: 'Example: the worst month',
    worstMonthIntro: 'If every objective falls below its lowest threshold in the same month, the provider owes:',
    worstCase: 'Worst case',
    worstTier: (t) => `below ${t}`,
    sum: 'Total of the objectives',
    afterCap: (p) => `After the monthly cap (${p} of the fee)`,
    onTop: (room, k) => {
        const what = `${joinAnd([...(k.perBreach ? ['Per-breach'] : []), ...(k.downtime ? [k.perBreach ? 'downtime' : 'Downtime'] : [])], 'and')} penalties`;
        return room === null
            ? `${what} come on top of it, with no monthly cap.`
            : room === ''
                ? `${what} come on top, up to the monthly cap: in this month the cap is already reached, so they add nothing.`
                : `${what} come on top, up to the monthly cap: at most ${room} more.`;
    },
    yearlyReach: (cap, months) => `Over a year, the yearly cap (${cap}) stops the total: ${months === 1 ? 'one such month reaches it' : `${months} such months reach it`}.`,

    terminationWhen: (o, t, n, period) => `The customer may terminate the agreement when ${o} is below ${t} for ${n} consecutive ${n === 1 ? period : en.periodPlural[period]}.`,
    notice: (d) => `Notice period: ${d}.`,

    frequency: { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly' },
    audience: { customer: 'Customer', provider: 'Provider' },
    recipient: 'Recipient', frequencyColumn: 'Frequency',
    meeting: (f, a) => `${en.frequency[f]} service review meeting with the ${a}.`,
    review: (n, unit, text) => `The agreement is reviewed every ${n === 1 ? unit : `${n} ${unit}s`}${text ? `: ${text}` : '.'}`,

    examplesIntro: 'The deadlines below are computed from the calendars of this agreement for tickets reported at typical moments; they illustrate the targets and do not replace them.',
    examplesZone: (c, z) => `${c} — times in ${z}`,
    reported: 'Reported', responseDue: 'First response due', resolutionDue: 'Resolution due', never: 'never', noTarget: '—',
    moments: { midMorning: 'mid-morning', endOfWeek: 'end of the week', holidayEve: (h) => `eve of ${h}` },

    forProvider: 'For the provider', forCustomer: 'For the customer', name: 'Name', role: 'Title', signature: 'Signature',
    generated: 'Generated by Pacto from the contract',
};

const es: Labels = {
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
        const kinds = types.length ? `, incluidos ${joinAnd(types.map((t) => es.holidayType[t]), 'y')}` : '';
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

    designate: (r, h) => `Designar un contacto: ${r}${h ? `, disponible ${es.inHours(h)}` : ''}.`,
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
    cap: (p, m, period) => `Los importes debidos ${es.inAPeriod[period]} nunca superan el ${p} de la tarifa${m ? ` (${m})` : ''}.`,
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

    terminationWhen: (o, t, n, period) => `El cliente puede rescindir el acuerdo cuando ${o} esté por debajo de ${t} durante ${n} ${n === 1 ? ES_PERIOD[period] : es.periodPlural[period]} ${period === 'week' ? 'consecutiva' : 'consecutivo'}${n === 1 ? '' : 's'}.`,
    notice: (d) => `Preaviso: ${d}.`,

    frequency: { weekly: 'Semanal', monthly: 'Mensual', quarterly: 'Trimestral' },
    audience: { customer: 'Cliente', provider: 'Proveedor' },
    recipient: 'Destinatario', frequencyColumn: 'Frecuencia',
    meeting: (f, a) => `Reunión ${es.frequency[f].toLowerCase()} de seguimiento con el ${a === 'customer' ? 'cliente' : 'proveedor'}.`,
    review: (n, unit, text) => `El acuerdo se revisa cada ${n === 1 ? { week: 'semana', month: 'mes', year: 'año' }[unit] : `${n} ${{ week: 'semanas', month: 'meses', year: 'años' }[unit]}`}${text ? `: ${text}` : '.'}`,

    examplesIntro: 'Los plazos siguientes se calculan con los calendarios de este acuerdo para tickets reportados en momentos típicos; ilustran las metas y no las sustituyen.',
    examplesZone: (c, z) => `${c} — horas de ${z}`,
    reported: 'Reportado', responseDue: 'Primera respuesta hasta', resolutionDue: 'Resolución hasta', never: 'nunca', noTarget: '—',
    moments: { midMorning: 'media mañana', endOfWeek: 'final de la semana', holidayEve: (h) => `víspera de ${h}` },

    forProvider: 'Por el proveedor', forCustomer: 'Por el cliente', name: 'Nombre', role: 'Cargo', signature: 'Firma',
    generated: 'Generado por Pacto a partir del contrato',
};

const ptBR: Labels = {
    agreement: 'Acordo de nível de serviço',
    page: (n, of) => `Página ${n} de ${of}`,
    sections: {
        parties: 'Partes e vigência', definitions: 'Definições', services: 'Serviço', hours: 'Horário de atendimento',
        categories: 'Categorias de chamados e prazos', objectives: 'Objetivos de nível de serviço', measurement: 'Como cada objetivo é apurado',
        escalation: 'Escalonamento', escalationOnCall: 'Escalonamento e plantão', providerObligations: 'Obrigações do fornecedor',
        obligations: 'Obrigações do cliente', breach: 'Procedimento em caso de descumprimento', penalties: 'Penalidades',
        termination: 'Rescisão', reporting: 'Relatórios e revisões', examples: 'Exemplos de cálculo de prazos', signatures: 'Assinaturas',
    },
    provider: 'Fornecedor', customer: 'Cliente', term: 'Vigência', fee: 'Valor', identifier: 'Identificador do contrato',
    termText: (from, to) => `de ${from} a ${to}, inclusive`,
    feeText: (money, period) => `${money} ${period === 'monthly' ? 'por mês' : 'por ano'}`,
    notStated: 'não informado',
    onCalendar: (c) => `conforme ${c}`,
    inHours: (c) => (/^hor[aá]rio\b/i.test(c) ? `no ${lowerFirst(c)}` : `no horário ${c}`),

    definitionsIntro: 'Neste acordo, os termos a seguir têm o significado aqui indicado.',
    categoryDefinitions: 'Categorias de chamados',

    clockNote: 'Horas e dias úteis só contam enquanto o calendário correspondente está aberto (seu horário semanal, '
        + 'menos seus feriados); os demais prazos correm continuamente, inclusive noites, fins de semana e feriados.',
    calendar: 'Calendário', zone: 'Fuso horário', day: 'Dia', hours: 'Horário', closed: 'Fechado', always: 'A qualquer momento (24 horas, todos os dias)',
    specialDays: 'Dias especiais', date: 'Data', holiday: 'Feriado',
    noHolidays: 'Nenhum feriado durante a vigência.', declared: 'acordado',
    holidaySources: (sources, types, declared) => {
        const kinds = types.length ? `, inclusive ${joinAnd(types.map((t) => ptBR.holidayType[t]), 'e')}` : '';
        const of = sources.length ? `nos feriados oficiais (${sources.join('; ')})${kinds}` : '';
        const agreed = declared ? 'nos feriados acordados neste contrato' : '';
        return `Fechado ${joinAnd([of, agreed].filter(Boolean), 'e')}; as datas estão listadas abaixo.`;
    },
    holidayType: { bank: 'os feriados bancários', school: 'os feriados escolares', optional: 'os pontos facultativos', observance: 'as datas comemorativas' },
    holidayTag: { bank: 'feriado bancário', school: 'feriado escolar', optional: 'ponto facultativo', observance: 'data comemorativa' },
    holidaysInTerm: (c) => `Feriados durante a vigência (fechado): ${joinAnd(c, 'e')}`,
    channels: 'Canais', channel: 'Canal',

    priority: 'Prioridade', category: 'Categoria', response: 'Tempo de primeira resposta', resolution: 'Prazo de resolução',
    viaChannel: (c) => `↳ pelo canal ${c}`,
    categoryVia: (c, ch) => `${c} pelo canal ${ch}`,

    objective: 'Objetivo', target: 'Meta', measured: 'Apuração',
    periodAdjective: { day: 'diária', week: 'semanal', month: 'mensal', quarter: 'trimestral', year: 'anual' },
    periodPlural: { day: 'dias', week: 'semanas', month: 'meses', quarter: 'trimestres', year: 'anos' },
    inAPeriod: { day: 'em um dia', week: 'em uma semana', month: 'em um mês', quarter: 'em um trimestre', year: 'em um ano' },
    measureOnTime: (p, t, c, ch) => `${p} das ${t === 'response' ? 'primeiras respostas' : 'resoluções'} no prazo${c ? ` (${c})` : ''}${ch ? `, pelo canal ${ch}` : ''}`,
    measureAvailability: (p, m) => `Disponibilidade de pelo menos ${p}${m ? `, desconsideradas as interrupções durante ${m}` : ''}`,
    measureFirstContact: (p) => `Pelo menos ${p} dos chamados resolvidos no primeiro contato`,
    measureSatisfaction: (s, of) => `Satisfação média de pelo menos ${s} de ${of}`,
    measureDowntimeBudget: (b, m, share) => `No máximo ${b} de indisponibilidade${m ? `, desconsideradas as interrupções durante ${m}` : ''} (em um mês de 30 dias, uma disponibilidade de ${share})`,
    measureSatisfactionShare: (p, mark, of) => `Pelo menos ${p} de avaliações satisfeitas (${mark} ou mais de ${of})`,
    allowedDowntime: (t) => `indisponibilidade admitida em um mês de 30 dias: ${t}`,
    objectiveNote: (o, t) => `${o}: ${t}`,

    measurementIntro: 'Para cada objetivo: o relógio em que seus chamados são cronometrados, os eventos que o iniciam, suspendem e encerram, '
        + 'o que conta como no prazo e o período em que o resultado é apurado.',
    field: {
        tickets: 'Chamados', clock: 'Relógio', starts: 'Início', paused: 'Suspensão', stops: 'Encerramento', onTime: 'No prazo', period: 'Período',
        measured: 'Apura-se', notCounted: 'Não se conta', met: 'Atingido quando',
    },
    ticketsOf: (c, ch) => `${c ? `Chamados de ${c}` : 'Chamados de todas as categorias'}${ch ? `, recebidos pelo canal ${ch}` : ', por qualquer canal'}.`,
    clockBusiness: (s, d, c, z) => `${s}: ${d} do calendário ${c} (${z}): só conta o tempo em que está aberto.`,
    clockBusinessDays: (s, d, n, c, z) => `${s}: ${d} do calendário ${c} (${z}): vence no mesmo horário do ${n}º dia útil seguinte.`,
    clockWall: (s, d) => `${s}: ${d} em tempo corrido, inclusive noites, fins de semana e feriados.`,
    startsOnTime: 'Na abertura do chamado. Se o chamado é aberto com o calendário fechado, o tempo útil começa a contar na abertura seguinte.',
    pausedByReply: (r) => `Enquanto o fornecedor aguarda a resposta do cliente a uma solicitação (o cliente responde em até ${r}); retoma com a resposta.`,
    notPaused: 'Nunca: nenhum evento o suspende.',
    stops: {
        response: 'Na primeira resposta ao cliente, ou na resolução, se vier antes.',
        resolution: 'Quando o chamado é resolvido. Um chamado reaberto continua com o tempo que já havia consumido.',
    },
    onTimeRule: {
        response: 'Uma primeira resposta dada até o instante do vencimento, inclusive; depois dele é atrasada, ainda que por um segundo.',
        resolution: 'Uma resolução até o instante do vencimento, inclusive; depois dele é atrasada, ainda que por um segundo.',
    },
    eachPeriod: { day: 'cada dia', week: 'cada semana, de segunda a domingo', month: 'cada mês civil', quarter: 'cada trimestre civil', year: 'cada ano civil' },
    periodRule: (p, z, t) => `${p.charAt(0).toUpperCase()}${p.slice(1)}${z ? ` (horário de ${z})` : ''}${t ? ', sobre os chamados abertos nele' : ''}.`,
    onTimeMet: (p, t) => `Pelo menos ${p} das ${t === 'response' ? 'primeiras respostas' : 'resoluções'} do período no prazo.`,
    availabilityClock: 'Tempo corrido: conta cada minuto do período, inclusive noites, fins de semana e feriados.',
    availabilityMeasured: 'A parte do período em que o serviço está disponível.',
    downtimeMeasured: 'O tempo total de indisponibilidade do serviço no período.',
    notCountedDuring: (h, w) => `As interrupções ${h} (${w}).`,
    nothingExcluded: 'Nada: toda interrupção conta.',
    availabilityMet: (p, a, b) => `A disponibilidade é de pelo menos ${p}: no máximo ${a} de indisponibilidade em um mês de 30 dias e ${b} em um de 31 dias.`,
    downtimeMet: (b, s) => `A indisponibilidade não passa de ${b}, qualquer que seja a duração do mês (em um mês de 30 dias, uma disponibilidade de ${s}).`,
    firstContactMeasured: 'A parte dos chamados do período resolvidos no primeiro contato, junto com a primeira resposta.',
    firstContactMet: (p) => `Pelo menos ${p} dos chamados resolvidos no primeiro contato.`,
    satisfactionMeasured: (s) => `A média das avaliações que os clientes dão aos chamados do período, numa escala até ${s}.`,
    satisfactionMet: (v, s) => `A média é de pelo menos ${v} de ${s}.`,
    shareMeasured: (m, s) => `A parte das avaliações do período com nota ${m} ou mais de ${s} ("satisfeitas").`,
    shareMet: (p) => `Pelo menos ${p} das avaliações satisfeitas.`,

    escalationIntro: 'Enquanto um chamado está aberto, as seguintes pessoas são notificadas à medida que o prazo se esgota.',
    when: 'Quando', notify: 'Notificar', contact: 'Contato', categoriesColumn: 'Categorias', allCategories: 'Todas as categorias',
    atPercentOf: (p, t) => `Aos ${p} do ${t === 'response' ? 'tempo de primeira resposta' : 'prazo de resolução'}`,
    onCallNotify: (r) => `Quem estiver de plantão (${r})`,
    onCallContact: 'conforme a escala abaixo',
    onCallHeading: (r) => `Escala de plantão: ${r}`,
    rotationText: (r, s, z) => `Escala ${r === 'daily' ? 'diária' : r === 'weekly' ? 'semanal' : 'mensal'} a partir de ${s}: cada pessoa fica de plantão ${r === 'daily' ? 'um dia' : r === 'weekly' ? 'uma semana' : 'um mês'} por vez, na ordem abaixo, a partir das 00:00 do primeiro dia do turno${z ? ` (horário de ${z})` : ''}.`,
    person: 'Pessoa', turn: 'Turno', from: 'De', to: 'Até', onCall: 'De plantão',
    firstTurns: 'Os primeiros turnos',

    designate: (r, h) => `Designar um contato: ${r}${h ? `, disponível ${ptBR.inHours(h)}` : ''}.`,
    reply: (w, p) => `Responder às solicitações do fornecedor em até ${w}${p ? '; enquanto o fornecedor aguarda a resposta, o prazo do chamado fica suspenso' : ''}.`,
    demandNotice: (a, n) => `Avisar o fornecedor com pelo menos ${n} de antecedência sobre qualquer demanda acima de ${a} do volume habitual.`,

    breachIntro: (r) => `Quando um prazo é descumprido, o fornecedor segue estes passos, nesta ordem. Os prazos contam a partir do descumprimento${r ? ', exceto o aviso da resolução, que conta a partir da resolução' : ''}.`,
    breachStep: {
        notifyTeam: (d) => `Alertar a equipe do fornecedor em até ${d}.`,
        notifyCustomer: (d) => `Informar o cliente do descumprimento em até ${d}.`,
        act: (d) => `Agir para corrigi-lo em até ${d}.`,
        notifyResolution: (d) => `Informar o cliente de que o descumprimento foi resolvido em até ${d} após a resolução.`,
        review: (d) => `Entregar uma análise das causas em até ${d}.`,
    },

    penaltiesIntro: 'Quando um objetivo não é atingido no seu período de apuração, o fornecedor deve ao cliente os valores a seguir.',
    below: 'Abaixo de', owed: 'Valor devido',
    credit: (p, m) => `Crédito de ${p} do valor${m ? ` (${m})` : ''}`,
    fine: (m) => `Multa de ${m}`,
    perBreach: (c, t, a) => `Por chamado de ${c} com ${t === 'response' ? 'a primeira resposta' : 'a resolução'} fora do prazo: ${a}.`,
    downtimePenalty: (o, per, a, b) => `Por ${per === 'hour' ? 'hora' : 'minuto'} de indisponibilidade além da margem de ${o}${b ? ` (${b})` : ''}: ${a}.`,
    shareOfFee: (p, m) => `${p} do valor${m ? ` (${m})` : ''}`,
    cap: (p, m, period) => `Os valores devidos ${ptBR.inAPeriod[period]} nunca excedem ${p} do valor${m ? ` (${m})` : ''}.`,
    combinationHeading: 'Como os valores se combinam',
    combination: ({ monthly, yearly }) => 'Para cada objetivo, só é devida a pior faixa aplicável: a de menor limite abaixo do qual fica o resultado '
        + '(e, do mesmo modo, só a sua pior multa fixa). Os valores de objetivos diferentes, as multas fixas, as penalidades por descumprimento '
        + `e as penalidades por indisponibilidade se somam.${monthly ? ' Em seguida, o teto mensal limita o total de cada mês' : ''}${monthly && yearly ? ', e depois' : yearly ? ' Em seguida,' : ''}`
        + `${yearly ? ' o teto anual limita o total de cada ano' : ''}${monthly || yearly ? '.' : ' Nenhum teto limita o total.'}`,
    worstMonthHeading: 'Exemplo: o pior mês',
    worstMonthIntro: 'Se todos os objetivos ficarem abaixo do seu menor limite no mesmo mês, o fornecedor deve:',
    worstCase: 'Pior caso',
    worstTier: (t) => `abaixo de ${t}`,
    sum: 'Total dos objetivos',
    afterCap: (p) => `Após o teto mensal (${p} do valor)`,
    onTop: (room, k) => {
        const what = `As penalidades ${joinAnd([...(k.perBreach ? ['por descumprimento'] : []), ...(k.downtime ? ['por indisponibilidade'] : [])], 'e')}`;
        return room === null
            ? `${what} somam-se a esse valor, sem teto mensal.`
            : room === ''
                ? `${what} somam-se até o teto mensal: neste mês o teto já foi atingido, então não acrescentam nada.`
                : `${what} somam-se até o teto mensal: no máximo mais ${room}.`;
    },
    yearlyReach: (cap, months) => `Em um ano, o teto anual (${cap}) limita o total: ${months === 1 ? 'um mês assim o atinge' : `${months} meses assim o atingem`}.`,

    terminationWhen: (o, t, n, period) => `O cliente pode rescindir o contrato quando ${o} ficar abaixo de ${t} por ${n} ${n === 1 ? PT_PERIOD[period] : ptBR.periodPlural[period]} ${period === 'week' ? 'consecutiva' : 'consecutivo'}${n === 1 ? '' : 's'}.`,
    notice: (d) => `Aviso prévio: ${d}.`,

    frequency: { weekly: 'Semanal', monthly: 'Mensal', quarterly: 'Trimestral' },
    audience: { customer: 'Cliente', provider: 'Fornecedor' },
    recipient: 'Destinatário', frequencyColumn: 'Frequência',
    meeting: (f, a) => `Reunião ${ptBR.frequency[f].toLowerCase()} de acompanhamento com o ${a === 'customer' ? 'cliente' : 'fornecedor'}.`,
    review: (n, unit, text) => `O acordo é revisto a cada ${n === 1 ? { week: 'semana', month: 'mês', year: 'ano' }[unit] : `${n} ${{ week: 'semanas', month: 'meses', year: 'anos' }[unit]}`}${text ? `: ${text}` : '.'}`,

    examplesIntro: 'Os prazos abaixo são calculados com os calendários deste acordo para chamados abertos em momentos típicos; ilustram as metas e não as substituem.',
    examplesZone: (c, z) => `${c} — horários de ${z}`,
    reported: 'Aberto em', responseDue: 'Primeira resposta até', resolutionDue: 'Resolução até', never: 'nunca', noTarget: '—',
    moments: { midMorning: 'meio da manhã', endOfWeek: 'final da semana', holidayEve: (h) => `véspera de ${h}` },

    forProvider: 'Pelo fornecedor', forCustomer: 'Pelo cliente', name: 'Nome', role: 'Cargo', signature: 'Assinatura',
    generated: 'Gerado pelo Pacto a partir do contrato',
};

export const LABELS: Record<SupportedLocale, Labels> = { en, es, 'pt-BR': ptBR };
