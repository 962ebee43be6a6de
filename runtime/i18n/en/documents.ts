/** The contract documents' words in en. */
import type { BreachStep, HolidayType, Period, TargetKind } from '../../model.js';
import type { Frequency, Labels, Party, StepKind } from '../document-labels.js';
import { joinAnd, lowerFirst } from '../words.js';

/** 1st, 2nd, 3rd, 4th, 11th, 21st. */
function englishOrdinal(n: number): string {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
    return `${n}${suffix}`;
}

export const documents: Labels = {
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
        const kinds = types.length ? `, ${joinAnd(types.map((t) => documents.holidayType[t]), 'and')} included` : '';
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

    designate: (r, h) => `Designate a ${r}${h ? `, available ${documents.inHours(h)}` : ''}.`,
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
    cap: (p, m, period) => `The amounts owed ${documents.inAPeriod[period]} never exceed ${p} of the fee${m ? ` (${m})` : ''}.`,
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

    terminationWhen: (o, t, n, period) => `The customer may terminate the agreement when ${o} is below ${t} for ${n} consecutive ${n === 1 ? period : documents.periodPlural[period]}.`,
    notice: (d) => `Notice period: ${d}.`,

    frequency: { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly' },
    audience: { customer: 'Customer', provider: 'Provider' },
    recipient: 'Recipient', frequencyColumn: 'Frequency',
    meeting: (f, a) => `${documents.frequency[f]} service review meeting with the ${a}.`,
    review: (n, unit, text) => `The agreement is reviewed every ${n === 1 ? unit : `${n} ${unit}s`}${text ? `: ${text}` : '.'}`,

    examplesIntro: 'The deadlines below are computed from the calendars of this agreement for tickets reported at typical moments; they illustrate the targets and do not replace them.',
    examplesZone: (c, z) => `${c} — times in ${z}`,
    reported: 'Reported', responseDue: 'First response due', resolutionDue: 'Resolution due', never: 'never', noTarget: '—',
    moments: { midMorning: 'mid-morning', endOfWeek: 'end of the week', holidayEve: (h) => `eve of ${h}` },

    forProvider: 'For the provider', forCustomer: 'For the customer', name: 'Name', role: 'Title', signature: 'Signature',
    generated: 'Generated by Pacto from the contract',
};
