/**
 * The plain, JSON-serialisable model of a Pacto contract.
 *
 * Fields added by language v2 are optional (absent means none), so a model written for Pacto 0.1 is still a
 * model; the lowering and the JSON reader always fill them.
 *
 * The language lowers its AST to these types (language/lower.ts is the one bridge); everything in
 * runtime/ (calendar, clock, simulator, exports) works on them and never sees the AST. All references
 * are resolved to names; defaults are applied (default calendar, the built-in `always`).
 */

/** Name of the built-in calendar that is open at every instant. */
export const ALWAYS = 'always';

/** ISO weekday as luxon numbers it: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A local wall-clock interval, in minutes since local midnight: [start, end), end may be 1440 (24:00). */
export interface LocalInterval {
    start: number;
    end: number;
}

export interface WeeklyHours extends LocalInterval {
    day: Weekday;
}

export interface HolidayRegion {
    /** ISO 3166-1 alpha-2 country code, upper case ("BR"). */
    country: string;
    /** Optional subdivision code as the holiday library spells it ("SP"). */
    region?: string;
    /** The holiday library's types that close the calendar besides "public" (`including bank, optional`). */
    types?: HolidayType[];
}

export type HolidayType = 'bank' | 'school' | 'optional' | 'observance';

export interface Holiday {
    /** Local date, ISO "YYYY-MM-DD". */
    date: string;
    title?: string;
}

export interface SpecialHours {
    /** Local date, ISO "YYYY-MM-DD". Its intervals replace that day's weekly hours (empty: closed). */
    date: string;
    intervals: LocalInterval[];
}

export interface CalendarSpec {
    name: string;
    title?: string;
    /** IANA time zone. */
    zone: string;
    weekly: WeeklyHours[];
    holidayRegions: HolidayRegion[];
    holidays: Holiday[];
    specialHours: SpecialHours[];
    /** Clauses of the calendar in the contract's words. */
    notes?: string[];
}

/**
 * A duration as the contract states it, normalised:
 * - `wall`: real elapsed time on the instant timeline, in minutes (may be fractional: 30 seconds = 0.5).
 * - `business`: open time on `calendar`, in minutes.
 * - `businessDays`: N open days on `calendar` (same local time on the N-th following open day).
 */
export type Duration =
    | { kind: 'wall'; minutes: number; text: string }
    | { kind: 'business'; minutes: number; calendar: string; text: string }
    | { kind: 'businessDays'; days: number; calendar: string; text: string };

export type TargetKind = 'response' | 'resolution';

export interface Target {
    kind: TargetKind;
    duration: Duration;
}

export interface Category {
    name: string;
    title?: string;
    description: string[];
    /** Lower is more urgent. */
    priority: number | null;
    response: Duration | null;
    resolution: Duration | null;
    /** Targets for the tickets of one channel; each replaces the category's own of the same kind. */
    channels?: ChannelTargets[];
}

export interface ChannelTargets {
    channel: string;
    response: Duration | null;
    resolution: Duration | null;
}

export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';

export type Measure =
    /** `categories`/`channels` empty: every category / every channel. */
    | { kind: 'onTime'; target: TargetKind; percent: number; period: Period; categories: string[]; channels?: string[] }
    | { kind: 'availability'; percent: number; period: Period; maintenance: string | null }
    /** A fixed downtime budget per period, whatever the period's length (a wall-clock duration). */
    | { kind: 'downtimeBudget'; budget: Duration; period: Period; maintenance: string | null }
    | { kind: 'firstContactResolution'; percent: number; period: Period }
    | { kind: 'satisfaction'; score: number; scale: number; period: Period }
    /** CSAT as a share: ratings at or above `mark` of `scale` are "satisfied". */
    | { kind: 'satisfactionShare'; percent: number; mark: number; scale: number; period: Period };

export interface Objective {
    name: string;
    title?: string;
    measure: Measure;
    notes?: string[];
}

export interface EscalationStep {
    /** Percentage of the target's own duration at which to notify. */
    percent: number;
    target: TargetKind;
    /** Who is notified: a role, or the on-call rotation's title (its name when untitled). */
    notify: string;
    contact?: string;
    /** The on-call rotation notified (`notify on call NAME`): whoever it has on call at that instant. */
    onCall?: string;
}

export interface Escalation {
    categories: string[];
    steps: EscalationStep[];
    notes?: string[];
}

export interface OnCallPerson {
    name: string;
    contact?: string;
}

/** People take turns, one `rotation` period each, from `start` (a local date, the first person first). */
export interface OnCallRotation {
    name: string;
    title?: string;
    rotation: 'daily' | 'weekly' | 'monthly';
    start: string;
    people: OnCallPerson[];
    notes: string[];
}

export interface Channel {
    name: string;
    title?: string;
    hours: string;
}

export interface CustomerObligations {
    contacts: { role: string; hours: string | null }[];
    reply: { within: Duration; pausesClock: boolean } | null;
    demandNotice: { abovePercent: number; notice: Duration } | null;
    other: string[];
}

export type BreachStep =
    | { kind: 'notifyTeam' | 'notifyCustomer' | 'act' | 'notifyResolution' | 'review'; within: Duration }
    | { kind: 'text'; text: string };

export interface BreachProcedure {
    notifyTeam: Duration | null;
    notifyCustomer: Duration | null;
    review: Duration | null;
    act?: Duration | null;
    /** Tell the customer the breach is resolved, within this of the resolution. */
    notifyResolution?: Duration | null;
    /** Every step in the contract's order, texts included. */
    steps?: BreachStep[];
}

export type Threshold = { kind: 'percent'; value: number } | { kind: 'score'; value: number };

export interface PenaltyTier {
    objective: string;
    below: Threshold;
    creditPercent: number;
}

export interface Money {
    amount: number;
    currency: string;
}

/** A fixed fine: `when OBJECTIVE below T pay 2000 BRL`. */
export interface PenaltyFine {
    objective: string;
    below: Threshold;
    amount: Money;
}

export type PenaltyAmount = { kind: 'credit'; percent: number } | { kind: 'pay'; amount: Money };

/** Owed for each ticket that misses `target` of `category`. */
export interface PerBreachPenalty {
    category: string;
    target: TargetKind;
    penalty: PenaltyAmount;
}

/** Owed per `per` of downtime beyond an availability objective's budget. */
export interface DowntimePenalty {
    objective: string;
    per: 'minute' | 'hour';
    penalty: PenaltyAmount;
}

export interface PenaltyCap {
    percent: number;
    period: Period;
}

/**
 * For each objective the worst tier (and fine) that applies is owed; amounts of different objectives, the
 * per-breach and the downtime penalties add up; then the monthly cap applies, then the yearly cap.
 */
export interface Penalties {
    tiers: PenaltyTier[];
    /** The first cap (v1 contracts had one); `caps` holds them all. */
    cap: PenaltyCap | null;
    caps?: PenaltyCap[];
    fines?: PenaltyFine[];
    perBreach?: PerBreachPenalty[];
    downtime?: DowntimePenalty[];
    notes?: string[];
}

export interface TerminationCondition {
    objective: string;
    below: Threshold;
    consecutive: number;
    period: Period;
}

export interface Termination {
    conditions: TerminationCondition[];
    notice: Duration | null;
    notes?: string[];
}

export interface Report {
    frequency: 'weekly' | 'monthly' | 'quarterly';
    audience: 'customer' | 'provider';
    objectives: string[];
}

export interface Meeting {
    frequency: 'weekly' | 'monthly' | 'quarterly';
    audience: 'customer' | 'provider';
}

export interface PeriodicReview {
    every: number;
    unit: 'week' | 'month' | 'year';
    text: string | null;
}

export interface Clause {
    title: string;
    texts: string[];
}

export interface Definition {
    term: string;
    text: string;
}

export type Distribution =
    | { kind: 'exponential'; meanMinutes: number }
    | { kind: 'lognormal'; meanMinutes: number; sdMinutes: number }
    | { kind: 'fixed'; minutes: number }
    | { kind: 'uniform'; minMinutes: number; maxMinutes: number };

export interface ArrivalRate {
    category: string;
    /** Mean number of arrivals per `per`. */
    rate: number;
    per: Period | 'hour';
    /** `per business day|hour`: per open day / open hour of the calendar the arrivals follow. */
    business?: boolean;
    /** The channel the tickets come through; they then follow its hours. */
    channel?: string | null;
}

export interface Team {
    name: string;
    title?: string;
    agents: number;
    calendar: string;
    handles: string[];
}

export interface CustomerWait {
    category: string;
    percent: number;
    wait: Distribution;
}

/** A scenario with `extends` already applied: every field is the effective one. */
export interface Scenario {
    name: string;
    title?: string;
    extends: string | null;
    /**
     * From local midnight of `start` to local midnight of `end` (exclusive), in the default calendar's zone:
     * days and weeks count local dates, months are calendar months.
     */
    period: { start: string; length: Duration; end?: string } | null;
    arrivals: ArrivalRate[];
    arrivalsFollow: string | null;
    teams: Team[];
    handling: { category: string; distribution: Distribution }[];
    customerReplies: CustomerWait[];
}

export interface Fee {
    amount: number;
    currency: string;
    period: 'monthly' | 'yearly';
}

export interface Service {
    title: string;
    description: string[];
}

export interface Contract {
    name: string;
    title?: string;
    provider: string | null;
    customer: string | null;
    term: { start: string; end: string } | null;
    fee: Fee | null;
    /** Language of generated documents: "en", "es", "pt-BR". Defaults to "en". */
    locale: string;
    services: Service[];
    calendars: CalendarSpec[];
    /** Calendar used by `business` durations that name none; null when the contract declares none. */
    defaultCalendar: string | null;
    channels: Channel[];
    categories: Category[];
    objectives: Objective[];
    escalations: Escalation[];
    customerObligations: CustomerObligations | null;
    breach: BreachProcedure | null;
    penalties: Penalties | null;
    termination: Termination | null;
    reporting: Report[];
    scenarios: Scenario[];
    // v2: optional so that models written for Pacto 0.1 (and its JSON exports) stay valid; absent = none.
    providerObligations?: string[];
    onCall?: OnCallRotation[];
    meetings?: Meeting[];
    /** Clauses of the reporting section in the contract's words. */
    reportingNotes?: string[];
    reviews?: PeriodicReview[];
    clauses?: Clause[];
    definitions?: Definition[];
}
