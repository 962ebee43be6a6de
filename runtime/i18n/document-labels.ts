/**
 * The shape of every word the documents print; each language writes it in its folder (en/, es/, pt-BR/).
 * A contract in any
 * other locale is written in English (the language warns about it). Units of time are spelt by
 * runtime/time/format.ts, with every other date and number: the functions here receive them formatted.
 *
 * Each language is written as a contract manager of the field writes it (horas hábiles, tiempo de primera
 * respuesta, plazo de resolución; horas úteis, tempo de primeira resposta, prazo de resolução), not word for
 * word from the English.
 */
import type { BreachStep, HolidayType, Period, TargetKind } from '../model.js';

export type Frequency = 'weekly' | 'monthly' | 'quarterly';
export type Party = 'customer' | 'provider';
export type StepKind = Exclude<BreachStep['kind'], 'text'>;

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
